export { consoleLogger, errorFields, type Logger, silentLogger } from './logger/logger.js';
export { keyedUserRef, type UserRef } from './user-ref/user-ref.js';
