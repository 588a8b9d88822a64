import type { Logger } from '@amigo/logging';

/** Keeps every line so tests can assert what was (and was not) logged. */
export class RecordingLogger implements Logger {
  readonly entries: Array<{ level: string; message: string; context: object }> = [];

  debug(context: object, message: string): void {
    this.entries.push({ level: 'debug', message, context });
  }

  info(context: object, message: string): void {
    this.entries.push({ level: 'info', message, context });
  }

  warn(context: object, message: string): void {
    this.entries.push({ level: 'warn', message, context });
  }

  error(context: object, message: string): void {
    this.entries.push({ level: 'error', message, context });
  }

  child(): Logger {
    return this;
  }

  text(): string {
    return JSON.stringify(this.entries);
  }
}
