import type { UserStoreLogger } from '../src/logging/user-store-logger.js';

/** Keeps every warning so tests can assert what was (and was not) logged. */
export class RecordingLogger implements UserStoreLogger {
  readonly entries: Array<{ message: string; context?: Record<string, unknown> }> = [];

  warn(message: string, context?: Record<string, unknown>): void {
    this.entries.push({ message, context });
  }

  text(): string {
    return JSON.stringify(this.entries);
  }
}
