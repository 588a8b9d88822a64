import type { ProfileSink } from '@amigo/psychologist';
import type { UserStore } from '@amigo/user-store';

/** The X-Ray could not be persisted because no profile is stored for the user. */
export class NoStoredProfileError extends Error {
  override readonly name = 'NoStoredProfileError';
}

/**
 * Plugs the store into the psychologist's sink port. The store refuses to update a profile that no longer exists
 * (deleted, expired, or never saved because the first save failed) rather than resurrect half of it; that is
 * reported as a failure so the psychologist logs it (it never reaches the conversation).
 */
export function storeSink(store: UserStore): ProfileSink {
  return {
    async updateXRay(userId, xray) {
      if (!(await store.updateXRay(userId, xray))) throw new NoStoredProfileError('no stored profile to update');
    },
  };
}
