import { AmigoError } from '@amigo/contracts';

export type UserStoreErrorCode =
  | 'invalid_profile'
  | 'value_too_large'
  | 'corrupt_profile'
  | 'plaintext_refused'
  | 'user_forgotten'
  | 'erasure_unconfirmed'
  | 'unavailable'
  | 'invalid_config';

/** Base class of every error the store throws, so callers can catch the whole family at once. */
export class UserStoreError extends AmigoError<UserStoreErrorCode> {}

/** What a caller asked to store does not match the kundali or X-Ray schema; nothing was written. */
export class InvalidProfileError extends UserStoreError {
  constructor(
    readonly part: 'kundali' | 'xray',
    /** Paths and messages of the schema violations; never the offending values. */
    readonly issues: ReadonlyArray<{ path: string; message: string }>,
  ) {
    super('invalid_profile', `invalid ${part}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

export type CorruptionReason = 'undecryptable' | 'invalid-json' | 'invalid-schema' | 'invalid-layout' | 'wrong-type' | 'too-large';

/** A part to store is larger than `maxValueBytes` once serialised; nothing was written. */
export class ValueTooLargeError extends UserStoreError {
  constructor(
    readonly part: 'kundali' | 'xray',
    readonly limitBytes: number,
  ) {
    super('value_too_large', `${part} exceeds the limit of ${limitBytes} bytes`);
  }
}

/**
 * With data keys configured, a stored value is plain JSON: it was not written by this store (or predates encryption)
 * and is not authenticated, so it is not trusted. Pass `allowPlaintext` while migrating, or run `reencryptProfiles`.
 */
export class PlaintextRefusedError extends UserStoreError {
  constructor(readonly userRef: string) {
    super('plaintext_refused', `stored profile ${userRef} is not encrypted and plaintext is not allowed`);
  }
}

/** The user was forgotten moments ago (the tombstone still lives): the profile is not written again. */
export class UserForgottenError extends UserStoreError {
  constructor(readonly userRef: string) {
    super('user_forgotten', `profile ${userRef} was deleted recently and is not stored again`);
  }
}

/**
 * The profile is deleted, but Redis did not confirm that its files were rewritten without it (`eraseFromDisk`) within
 * `erasureTimeoutMs`. The data is gone from memory; the next successful rewrite removes it from disk.
 */
export class DiskErasureError extends UserStoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('erasure_unconfirmed', message, options);
  }
}

/**
 * What Redis holds for this user cannot be read as a profile. The stored data is left untouched (not deleted, not
 * overwritten) so it can be inspected or recovered, e.g. by configuring the missing data key.
 */
export class CorruptProfileError extends UserStoreError {
  constructor(
    readonly reason: CorruptionReason,
    /** The keyed user reference the store's logs carry, to correlate without revealing the id. */
    readonly userRef: string,
  ) {
    super('corrupt_profile', `stored profile ${userRef} is unreadable (${reason})`);
  }
}

/** Redis could not be reached, dropped the connection, or did not answer within `timeoutMs`. */
export class UserStoreUnavailableError extends UserStoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, options);
  }
}

/** The store was configured with something unusable, e.g. a data key that is not 32 bytes of base64. */
export class UserStoreConfigError extends UserStoreError {
  constructor(message: string) {
    super('invalid_config', message);
  }
}
