import type { PersonalityXRay } from '@amigo/astro-profiler';
import type { Kundali } from '@amigo/kundali-fetch';

/** A user's stored profile: what intake produced the first time. */
export interface StoredProfile {
  kundali: Kundali;
  xray: PersonalityXRay;
}

/**
 * Where returning users' profiles come from. Implementations return schema-valid profiles (or null, or throw): the
 * routing trusts them beyond a basic shape check. The domain only declares the port; the app plugs in the Redis
 * store (`UserStore` from @amigo/user-store fits it as is).
 */
export interface ProfileSource {
  loadUserData(userId: string): Promise<StoredProfile | null>;
}

/** Where intake saves a new profile (again implemented by the app's store). */
export interface ProfileWriter {
  saveUserData(userId: string, kundali: Kundali, xray: PersonalityXRay): Promise<unknown>;
}
