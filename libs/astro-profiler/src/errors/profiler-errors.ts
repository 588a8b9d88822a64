/** Base class of every error this library throws on purpose, so callers can tell them from bugs. */
export class AstroProfilerError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The kundali cannot be read at all (its rising sign is not a zodiac sign). Messages never include chart data. */
export class UnreadableKundaliError extends AstroProfilerError {}

/** The environment asks for something impossible, e.g. a non-numeric timeout or the LLM without a key. */
export class ProfilerConfigError extends AstroProfilerError {}

export type LlmFailureKind =
  | 'timeout'
  | 'rate_limited'
  | 'http_error'
  | 'network'
  | 'refusal'
  | 'invalid_json'
  | 'schema_mismatch';

/**
 * The LLM backend could not produce a valid X-Ray. `kind` is safe to log; the message never carries response
 * content (which could describe the person).
 */
export class LlmProfilerError extends AstroProfilerError {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
