import {
  type BirthChartService,
  type PsychologistLogger,
  type SessionStart,
  startAgentFor,
  type XRayGenerator,
} from '@amigo/psychologist';
import { parseParticipantMetadata } from '@amigo/user-id';
import type { UserStore } from '@amigo/user-store';
import { storeSink } from './store-sink.js';

export interface SessionDeps {
  /** The process-wide store (one connection reused by every session). */
  store: UserStore;
  profiler: XRayGenerator;
  service: BirthChartService;
  deadlineMs: number;
  logger: PsychologistLogger;
}

/**
 * Everything between a participant joining and the first agent being ready: reads the metadata (bounded, never
 * trusted, never logged), loads the profile under the deadline, and builds the agent and its session state.
 */
export async function prepareSession(rawMetadata: string | undefined, deps: SessionDeps): Promise<SessionStart> {
  const parsed = parseParticipantMetadata(rawMetadata);
  if (!parsed.ok && parsed.problem !== 'empty') {
    deps.logger.warn({ problem: parsed.problem }, 'participant metadata ignored: treating as a new, history-less user');
  }
  const { user_id: userId, conversation_history: history } = parsed.metadata;
  return startAgentFor({
    userId,
    history,
    store: deps.store,
    sink: storeSink(deps.store),
    profiler: deps.profiler,
    service: deps.service,
    deadlineMs: deps.deadlineMs,
    logger: deps.logger,
  });
}
