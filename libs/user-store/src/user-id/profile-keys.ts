import type { UserKey } from './user-key.js';

/** The Python service's two JSON strings of one user, under one spelling of the id. */
export interface LegacyKeys {
  readonly kundali: string;
  readonly xray: string;
}

/** The Redis keys of one user, current and Python-era. */
export interface ProfileKeys {
  /**
   * The profile hash (see profile-fields.ts). The digest is wrapped in a hash tag so every current key of a user
   * maps to one cluster slot.
   */
  readonly profile: string;
  /** Present for a while after the user was forgotten: every write checks it atomically and refuses. */
  readonly tombstone: string;
  /**
   * Python-era keys, keyed by the raw id as the client sent it. UUIDs reached the Python service in lower and in upper
   * case, so both spellings are looked up (the one-pass migration also finds any mixed spelling).
   */
  readonly legacy: ReadonlyArray<LegacyKeys>;
}

export function profileKeys(prefix: string, user: UserKey): ProfileKeys {
  return {
    profile: profileKeyOf(prefix, user.digest),
    tombstone: tombstoneKeyOf(prefix, user.digest),
    // Built when a Python-era key is addressed (a delete, a fallback), not on every load.
    get legacy() {
      return [user.id, user.id.toUpperCase()].map((id) => legacyKeysOf(prefix, id));
    },
  };
}

export function profileKeyOf(prefix: string, digest: string): string {
  return `${prefix}:{${digest}}:profile`;
}

export function tombstoneKeyOf(prefix: string, digest: string): string {
  return `${prefix}:{${digest}}:forgotten`;
}

export function legacyKeysOf(prefix: string, rawId: string): LegacyKeys {
  return { kundali: `${prefix}:user:${rawId}:kundali`, xray: `${prefix}:user:${rawId}:xray` };
}
