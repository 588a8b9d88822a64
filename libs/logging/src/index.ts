export { consoleLogger, errorFields, type Logger, silentLogger } from './logger/logger.js';
export {
  DEFAULT_REDACTION_POLICY,
  REDACTED,
  type RedactionPolicy,
  redactLogLine,
  redactLogRecord,
} from './redaction/redact-log-line.js';
export { keyedUserRef, type UserRef } from './user-ref/user-ref.js';
