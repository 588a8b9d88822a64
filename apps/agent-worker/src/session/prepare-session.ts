import { type ConversationMessage, parseParticipantMetadata, type SafetyNotice } from '@amigo/contracts';
import { countryOfClient, type CrisisDetector, DEFAULT_HELPLINE_COUNTRY, type SecondOpinion } from '@amigo/crisis-safety';
import type { Logger, UserRef } from '@amigo/logging';
import { type BirthChartService, type SessionStart, startAgentFor, type XRayGenerator } from '@amigo/psychologist';
import type { UserStore } from '@amigo/user-store';
import type { Escalation } from '../safety/escalation.js';
import { sessionSafetyListener } from '../safety/session-safety.js';

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
  /** The helplines' country when the metadata says nothing usable (AMIGO_DEFAULT_COUNTRY); India by default. */
  defaultCountry?: string;
  /** Hands safety events to operators, when configured. */
  escalation?: Escalation;
  /** Asked about every turn the crisis screen passes, when the operator opted in (AMIGO_MODERATION). */
  secondOpinion?: SecondOpinion;
}

/** What only the room knows: where to show the helplines, and the room's (random) name for an operator. */
export interface SessionRoom {
  notify?: (notice: SafetyNotice) => void;
  room?: string;
}

/**
 * Everything between a participant joining and the first agent being ready: reads the metadata (bounded, never
 * trusted, never logged), takes the helplines' country from its time zone and locale, loads the profile under the
 * deadline, and builds the agent and its session state with the session's safety listener, with
 * the earlier conversation the browser answered (already validated) restored as untrusted notes. The history may
 * still be on its way: it is awaited beside the profile load.
 */
export async function prepareSession(
  rawMetadata: string | undefined,
  deps: SessionDeps,
  history: readonly ConversationMessage[] | Promise<readonly ConversationMessage[]> = [],
  room: SessionRoom = {},
): Promise<SessionStart> {
  const parsed = parseParticipantMetadata(rawMetadata);
  const { user_id: userId } = parsed.metadata;
  const userRef = userId ? deps.userRef(userId) : null;
  const logger = userRef ? deps.logger.child({ user: userRef }) : deps.logger;
  if (!parsed.ok && parsed.problem !== 'empty') {
    logger.warn({ problem: parsed.problem }, 'participant metadata ignored: treating as a new user');
  }
  const { locale, time_zone: timeZone } = parsed.metadata;
  const country = countryOfClient({ locale, timeZone }, deps.defaultCountry ?? DEFAULT_HELPLINE_COUNTRY);
  const onSafetyEvent = sessionSafetyListener({
    escalation: deps.escalation,
    notify: room.notify,
    userRef,
    room: room.room ?? null,
  });
  return startAgentFor({
    country,
    onSafetyEvent,
    userId,
    history,
    store: deps.store,
    profiler: deps.profiler,
    service: deps.service,
    deadlineMs: deps.deadlineMs,
    logger,
    detector: deps.detector,
    secondOpinion: deps.secondOpinion,
  });
}
