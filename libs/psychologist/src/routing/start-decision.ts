import type { PersonalityXRay } from '@amigo/astro-profiler';
import type { ProfileSource } from './profile-source.js';
import type { PsychologistLogger } from '../ports/logger.js';
import { userRef } from '../ports/user-ref.js';

export const DEFAULT_PROFILE_DEADLINE_MS = 300;

/** Why a session starts with intake rather than with the psychologist. */
export type IntakeReason = 'no_user_id' | 'not_found' | 'invalid_profile' | 'store_error' | 'timeout';

export type StartDecision =
  | { kind: 'returning'; userId: string; xray: PersonalityXRay }
  | { kind: 'intake'; userId?: string; reason: IntakeReason };

export interface DecideStartOptions {
  /** Already validated (a UUID) by the transport; absent for anonymous sessions. */
  userId?: string;
  source: ProfileSource;
  /** The session must start promptly: a lookup slower than this counts as a miss. */
  deadlineMs?: number;
  logger?: PsychologistLogger;
}

const TIMED_OUT = Symbol('timed out');

/**
 * Decides how a session starts. Never throws: a store that is down, slow, or holds something unreadable
 * sends the user through intake (with a warning), which is always safe; nothing stored is touched.
 */
export async function decideStart({
  userId,
  source,
  deadlineMs = DEFAULT_PROFILE_DEADLINE_MS,
  logger,
}: DecideStartOptions): Promise<StartDecision> {
  if (!userId) return { kind: 'intake', reason: 'no_user_id' };
  // The reference is a hash: computed only when something is logged, not on every returning user's start.
  const intake = (reason: IntakeReason, fields: Record<string, unknown> = {}): StartDecision => {
    logger?.warn({ user: userRef(userId), reason, ...fields }, 'no usable profile, starting intake');
    return { kind: 'intake', userId, reason };
  };

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), deadlineMs);
  });
  const lookup = source.loadXRay(userId);
  // A lookup that loses the race may still fail later; that must not become an unhandled rejection.
  lookup.catch(() => undefined);

  let loaded: PersonalityXRay | null | typeof TIMED_OUT;
  try {
    loaded = await Promise.race([lookup, deadline]);
  } catch (error) {
    return intake('store_error', { error: error instanceof Error ? error.name : typeof error });
  } finally {
    clearTimeout(timer);
  }

  if (loaded === TIMED_OUT) return intake('timeout', { deadlineMs });
  if (loaded === null) return intake('not_found');

  // The source validates what it loads (UserStore parses it with the schema); validating again here would double
  // the CPU cost of every session start, so only the shape a psychologist cannot do without is checked.
  if (typeof loaded?.core_identity?.archetype !== 'string') return intake('invalid_profile');
  return { kind: 'returning', userId, xray: loaded };
}
