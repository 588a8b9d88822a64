/** Base class of every error the store throws, so callers can catch the whole family at once. */
export class UserStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The user id is not a UUID. Thrown before any Redis command is sent, so no key can be injected. */
export class InvalidUserIdError extends UserStoreError {
  constructor() {
    super('user id must be a UUID');
  }
}

/** What a caller asked to store does not match the kundali or X-Ray schema; nothing was written. */
export class InvalidProfileError extends UserStoreError {
  constructor(
    readonly part: 'kundali' | 'xray',
    /** Paths and messages of the schema violations; never the offending values. */
    readonly issues: ReadonlyArray<{ path: string; message: string }>,
  ) {
    super(`invalid ${part}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

export type CorruptionReason = 'undecryptable' | 'invalid-json' | 'invalid-schema' | 'invalid-layout' | 'wrong-type';

/**
 * What Redis holds for this user cannot be read as a profile. The stored data is left untouched (not deleted, not
 * overwritten) so it can be inspected or recovered, e.g. by configuring the missing data key.
 */
export class CorruptProfileError extends UserStoreError {
  constructor(
    readonly reason: CorruptionReason,
    /** First 8 characters of the key digest, to correlate with logs without revealing the user id. */
    readonly userHash: string,
  ) {
    super(`stored profile ${userHash} is unreadable (${reason})`);
  }
}

/** Redis could not be reached, dropped the connection, or did not answer within `timeoutMs`. */
export class UserStoreUnavailableError extends UserStoreError {}

/** The store was configured with something unusable, e.g. a data key that is not 32 bytes of base64. */
export class UserStoreConfigError extends UserStoreError {}
