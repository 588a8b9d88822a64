import type { CrisisKind, SecondOpinionSource } from '@amigo/contracts';

/** What a second opinion says about one user turn: whether it raises concern, and of which kinds. */
export interface SecondOpinionVerdict {
  /** Whether it raises concern: then `kinds` holds at least one kind. */
  flagged: boolean;
  /** Most urgent first; empty when not flagged. */
  kinds: CrisisKind[];
}

/**
 * An independent judge of one user turn, asked beside the crisis screen (e.g. a hosted moderation model). The
 * screen stays first and decisive: a second opinion can only raise concern on a turn the screen passed, never lower
 * it. Implementations bound their own time, honour `signal`, and reject with a typed error; callers treat any
 * rejection as "no opinion" and carry on.
 */
export interface SecondOpinion {
  /** Safe to log, e.g. "moderation". */
  readonly name: string;
  /** What a safety event raised on its verdict records as `detected_by`. */
  readonly source: SecondOpinionSource;
  /** Judges one turn; never logs or keeps it. */
  assess(text: string, options?: { signal?: AbortSignal }): Promise<SecondOpinionVerdict>;
}
