/**
 * The one logging interface of Amigo's libraries: pino's call shape (fields first, then the message), so the LiveKit
 * worker's pino logger fits as is. Fields carry operational facts only (reasons, codes, timings, keyed user
 * references), never what a person said or gave.
 */
export interface Logger {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

const nothing = (): void => undefined;

/** Drops everything: for tests and for callers that want no diagnostics. */
export const silentLogger: Logger = {
  debug: nothing,
  info: nothing,
  warn: nothing,
  error: nothing,
  child: () => silentLogger,
};

/** One error's safe description for a log: its class name and code, never its message (which may quote input). */
export function errorFields(error: unknown): { error: string; code?: string } {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? { error: error.name, code } : { error: error.name };
}

/** Writes warnings and errors to the console (for a library's default); debug and info are dropped. */
export function consoleLogger(bindings: Record<string, unknown> = {}): Logger {
  const write = (level: 'warn' | 'error') => (fields: object, message: string) =>
    console[level](JSON.stringify({ level, ...bindings, ...fields, msg: message }));
  return { debug: nothing, info: nothing, warn: write('warn'), error: write('error'), child: (more) => consoleLogger({ ...bindings, ...more }) };
}
