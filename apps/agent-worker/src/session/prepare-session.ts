import { type ConversationMessage, parseParticipantMetadata } from '@amigo/contracts';
import type { CrisisDetector } from '@amigo/crisis-safety';
import type { Logger, UserRef } from '@amigo/logging';
import { type BirthChartService, type SessionStart, startAgentFor, type XRayGenerator } from '@amigo/psychologist';
import type { UserStore } from '@amigo/user-store';

export interface SessionDeps {
  /** The process-wide store (one connection reused by every session). */
  store: UserStore;
  profiler: XRayGenerator;
  service: BirthChartService;
  deadlineMs: number;
  logger: Logger;
  /** Keyed references for the logs: a session's lines carry its person's reference, never the id. */
  userRef: UserRef;
  /** The process's crisis detector (built in the prewarm); absent: each session builds its own. */
  detector?: CrisisDetector;
}

/**
 * Everything between a participant joining and the first agent being ready: reads the metadata (bounded, never
 * trusted, never logged), loads the profile under the deadline, and builds the agent and its session state, with the
 * earlier conversation the browser answered (already validated) restored as untrusted notes.
 */
export async function prepareSession(
  rawMetadata: string | undefined,
  deps: SessionDeps,
  history: readonly ConversationMessage[] = [],
): Promise<SessionStart> {
  const parsed = parseParticipantMetadata(rawMetadata);
  const { user_id: userId } = parsed.metadata;
  const logger = userId ? deps.logger.child({ user: deps.userRef(userId) }) : deps.logger;
  if (!parsed.ok && parsed.problem !== 'empty') {
    logger.warn({ problem: parsed.problem }, 'participant metadata ignored: treating as a new user');
  }
  return startAgentFor({
    userId,
    history,
    store: deps.store,
    profiler: deps.profiler,
    service: deps.service,
    deadlineMs: deps.deadlineMs,
    logger,
    detector: deps.detector,
  });
}
