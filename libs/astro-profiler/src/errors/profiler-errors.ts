import { AmigoError } from '@amigo/contracts';

export type LlmFailureKind =
  | 'timeout'
  | 'rate_limited'
  | 'http_error'
  | 'network'
  | 'refusal'
  | 'invalid_json'
  | 'schema_mismatch';

export type AstroProfilerErrorCode = 'unreadable_kundali' | 'invalid_config' | LlmFailureKind;

/** Base class of every error this library throws on purpose, so callers can tell them from bugs. */
export class AstroProfilerError<Code extends AstroProfilerErrorCode = AstroProfilerErrorCode> extends AmigoError<Code> {}

/** The kundali cannot be read at all (its rising sign is not a zodiac sign). Messages never include chart data. */
export class UnreadableKundaliError extends AstroProfilerError<'unreadable_kundali'> {
  constructor(message: string) {
    super('unreadable_kundali', message);
  }
}

/** The options ask for something impossible, e.g. the LLM backend without a model to call. */
export class ProfilerConfigError extends AstroProfilerError<'invalid_config'> {
  constructor(message: string) {
    super('invalid_config', message);
  }
}

/**
 * The LLM backend could not produce a valid X-Ray; `code` says why and is safe to log. The message never carries
 * response content (which could describe the person).
 */
export class LlmProfilerError extends AstroProfilerError<LlmFailureKind> {
  constructor(
    code: LlmFailureKind,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}
