/**
 * Where the store reports what it recovered from. Context carries only short hashes, field names and reasons:
 * never user ids or profile content.
 */
export interface UserStoreLogger {
  warn(message: string, context?: Record<string, unknown>): void;
}

export const consoleLogger: UserStoreLogger = {
  warn: (message, context) => console.warn(`[user-store] ${message}`, context ?? ''),
};
