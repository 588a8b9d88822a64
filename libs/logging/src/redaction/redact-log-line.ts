/**
 * What a structured log line may not carry, whoever wrote it: fields a library marks as personal (LiveKit's agents
 * put transcripts, replies and tool arguments under `lk.pii.*`), and the text of errors, which often quotes input
 * (a tool error naming the answer it could not read, a provider echoing the request).
 */
export interface RedactionPolicy {
  /** A field whose name starts with one of these is dropped, at any depth. */
  dropFieldPrefixes: readonly string[];
  /**
   * A field of these names holds an error: only its kind, code, status and stack frames are kept, or, for a string,
   * the string if it is a single identifier (a class name or a code, as `errorFields` of this library writes).
   */
  errorFields: readonly string[];
}

export const DEFAULT_REDACTION_POLICY: RedactionPolicy = {
  dropFieldPrefixes: ['lk.pii.'],
  errorFields: ['err', 'error', 'cause'],
};

/** Placed where an error's text was: the line still says that there was one. */
export const REDACTED = '[redacted]';

const ERROR_KEPT_FIELDS = new Set(['type', 'name', 'code', 'status', 'statusCode']);
const IDENTIFIER = /^[A-Za-z_][\w.-]{0,63}$/;
/** Nested deeper than this is summarised: a log line is not a data dump. */
const MAX_DEPTH = 8;

function keepError(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string' && IDENTIFIER.test(value)) return value;
  if (typeof value !== 'object' || Array.isArray(value)) return REDACTED;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (ERROR_KEPT_FIELDS.has(key) && (typeof field === 'string' || typeof field === 'number')) out[key] = field;
  }
  const stack = (value as { stack?: unknown }).stack;
  // The first line of a stack is the message; the frames name only code.
  if (typeof stack === 'string') out['stack'] = stack.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  if ('message' in value) out['message'] = REDACTED;
  return out;
}

function redactValue(value: unknown, policy: RedactionPolicy, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, policy, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (policy.dropFieldPrefixes.some((prefix) => key.startsWith(prefix))) continue;
    out[key] = policy.errorFields.includes(key) ? keepError(field) : redactValue(field, policy, depth + 1);
  }
  return out;
}

/** One log record without what the policy forbids; the input is left as it was. */
export function redactLogRecord(record: Record<string, unknown>, policy: RedactionPolicy = DEFAULT_REDACTION_POLICY): Record<string, unknown> {
  const out = redactValue(record, policy, 0) as Record<string, unknown>;
  // pino's `logger.error(err)` makes the error's message the line's message.
  const echoed = policy.errorFields.some((key) => {
    const field = record[key];
    return field !== null && typeof field === 'object' && 'message' in field && field.message === record['msg'];
  });
  if (echoed) out['msg'] = REDACTED;
  return out;
}

/**
 * One newline-terminated JSON log line (as pino writes them) without what the policy forbids. A line that is not a
 * JSON object cannot be checked, so it is replaced by a line saying so.
 */
export function redactLogLine(line: string, policy: RedactionPolicy = DEFAULT_REDACTION_POLICY): string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    record = undefined;
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return `${JSON.stringify({ level: 40, time: Date.now(), msg: 'log line dropped: not a JSON object, so it could not be redacted' })}\n`;
  }
  return `${JSON.stringify(redactLogRecord(record as Record<string, unknown>, policy))}\n`;
}
