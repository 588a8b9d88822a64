import type { UserKey } from './user-key.js';

/** The Redis keys of one user, current and Python-era. */
export interface ProfileKeys {
  /**
   * The profile string (see stored-profile.ts). The digest is wrapped in a hash tag so every key of a user maps to
   * one cluster slot.
   */
  readonly profile: string;
  /** Python-era JSON strings, keyed by the raw id; read once, then migrated and removed. */
  readonly legacyKundali: string;
  readonly legacyXRay: string;
}

export function profileKeys(prefix: string, user: UserKey): ProfileKeys {
  return {
    profile: `${prefix}:{${user.digest}}:profile`,
    legacyKundali: `${prefix}:user:${user.id}:kundali`,
    legacyXRay: `${prefix}:user:${user.id}:xray`,
  };
}
