import type { Kundali, PersonalityXRay, UserId } from '@amigo/contracts';

/**
 * Where the agents read and write a person's profile: the one persistence port of this library. Declared here so
 * the agents never depend on a store; the app plugs `UserStore` of @amigo/user-store in, which fits it as is.
 * Implementations validate what they load (it is untrusted input) and bound their own latency.
 */
export interface ProfileStore {
  /** The stored X-Ray, read at session start (and sliding the profile's expiry); null when none is stored. */
  loadXRay(userId: UserId): Promise<PersonalityXRay | null>;
  /** The stored kundali, read only when the X-Ray must be regenerated: it is most of a profile's bytes. */
  loadKundali(userId: UserId): Promise<Kundali | null>;
  /** Saves a new profile after intake. */
  saveUserData(userId: UserId, kundali: Kundali, xray: PersonalityXRay): Promise<void>;
  /**
   * Writes the X-Ray `update` computes from the stored one, without losing a change another session made meanwhile
   * (`update` may be called again with the fresher X-Ray, so it must be pure); false (and nothing written) when no
   * profile is stored any more.
   */
  updateXRay(userId: UserId, update: (current: PersonalityXRay) => PersonalityXRay): Promise<boolean>;
}
