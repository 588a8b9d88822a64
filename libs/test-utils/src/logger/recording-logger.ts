import type { Logger } from '@amigo/logging';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  /** The line's own fields with the bindings of every `child` it came through. */
  fields: object;
  message: string;
}

/** Keeps every line, its children's included, so tests can assert what was (and was not) logged. */
export class RecordingLogger implements Logger {
  constructor(
    readonly lines: LogLine[] = [],
    private readonly bindings: object = {},
  ) {}

  debug(fields: object, message: string): void {
    this.record('debug', fields, message);
  }

  info(fields: object, message: string): void {
    this.record('info', fields, message);
  }

  warn(fields: object, message: string): void {
    this.record('warn', fields, message);
  }

  error(fields: object, message: string): void {
    this.record('error', fields, message);
  }

  child(bindings: Record<string, unknown>): RecordingLogger {
    return new RecordingLogger(this.lines, { ...this.bindings, ...bindings });
  }

  /** Everything logged as one string, to check that nothing personal leaked into any field or message. */
  text(): string {
    return JSON.stringify(this.lines);
  }

  private record(level: LogLine['level'], fields: object, message: string): void {
    this.lines.push({ level, fields: { ...this.bindings, ...fields }, message });
  }
}
