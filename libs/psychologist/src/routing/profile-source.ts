import type { PersonalityXRay } from '@amigo/astro-profiler';
import type { Kundali } from '@amigo/kundali-fetch';

/**
 * Where a returning user's stored kundali comes from. It is read only when the X-Ray must be regenerated, not at
 * session start: it is most of a stored profile's bytes, and a session is guided by the X-Ray alone.
 */
export interface KundaliSource {
  loadKundali(userId: string): Promise<Kundali | null>;
}

/**
 * Where returning users' profiles come from. Implementations return schema-valid data (or null, or throw): the
 * routing trusts them beyond a basic shape check. The domain only declares the port; the app plugs in the Redis
 * store (`UserStore` from @amigo/user-store fits it as is).
 */
export interface ProfileSource extends KundaliSource {
  /** The stored X-Ray, read at session start (and sliding the profile's expiry). */
  loadXRay(userId: string): Promise<PersonalityXRay | null>;
}

/** Where intake saves a new profile (again implemented by the app's store). */
export interface ProfileWriter {
  saveUserData(userId: string, kundali: Kundali, xray: PersonalityXRay): Promise<unknown>;
}
