import type { PersonalityXRay, UserId } from '@amigo/contracts';
import { errorFields, type Logger } from '@amigo/logging';
import type { ProfileStore } from '../ports/profile-store.js';

export const DEFAULT_PROFILE_DEADLINE_MS = 300;

/** Why a session starts with intake rather than with the psychologist. */
export type IntakeReason = 'no_user_id' | 'not_found' | 'invalid_profile' | 'store_error' | 'timeout';

export type StartDecision =
  | { kind: 'returning'; userId: UserId; xray: PersonalityXRay }
  | { kind: 'intake'; userId?: UserId; reason: IntakeReason };

export interface DecideStartOptions {
  /** Absent for anonymous sessions. */
  userId?: UserId;
  store: Pick<ProfileStore, 'loadXRay'>;
  /** The session must start promptly: a lookup slower than this counts as a miss. */
  deadlineMs?: number;
  /** Bound to the session's keyed user reference by the caller. */
  logger: Logger;
}

const TIMED_OUT = Symbol('timed out');

/**
 * Decides how a session starts. Never throws: a store that is down, slow, or holds something unreadable
 * sends the user through intake (with a warning), which is always safe; nothing stored is touched.
 */
export async function decideStart({
  userId,
  store,
  deadlineMs = DEFAULT_PROFILE_DEADLINE_MS,
  logger,
}: DecideStartOptions): Promise<StartDecision> {
  const intake = (reason: IntakeReason, fields: Record<string, unknown> = {}): StartDecision => {
    const expected = reason === 'not_found' || reason === 'no_user_id';
    logger[expected ? 'info' : 'warn']({ route: 'intake', reason, ...fields }, 'no usable profile, starting intake');
    return userId ? { kind: 'intake', userId, reason } : { kind: 'intake', reason };
  };
  if (!userId) return intake('no_user_id');

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), deadlineMs);
  });
  const lookup = store.loadXRay(userId);
  // A lookup that loses the race may still fail later; that must not become an unhandled rejection.
  lookup.catch(() => undefined);

  let loaded: PersonalityXRay | null | typeof TIMED_OUT;
  try {
    loaded = await Promise.race([lookup, deadline]);
  } catch (error) {
    return intake('store_error', errorFields(error));
  } finally {
    clearTimeout(timer);
  }

  if (loaded === TIMED_OUT) return intake('timeout', { deadlineMs });
  if (loaded === null) return intake('not_found');

  // The source validates what it loads (UserStore parses it with the schema); validating again here would double
  // the CPU cost of every session start, so only the shape a psychologist cannot do without is checked.
  if (typeof loaded?.core_identity?.archetype !== 'string') return intake('invalid_profile');
  logger.info({ route: 'returning' }, 'stored profile found, starting the conversation');
  return { kind: 'returning', userId, xray: loaded };
}
