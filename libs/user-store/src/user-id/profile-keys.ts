import type { UserId } from './user-id.js';

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

export function profileKeys(prefix: string, id: UserId): ProfileKeys {
  return {
    profile: `${prefix}:{${id.digest}}:profile`,
    legacyKundali: `${prefix}:user:${id.raw}:kundali`,
    legacyXRay: `${prefix}:user:${id.raw}:xray`,
  };
}
