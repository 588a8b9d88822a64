import type { ConversationMessage, UserId } from '@amigo/contracts';
import { CountryCode, DEFAULT_FOCUS_TOPIC, InvalidCountryError } from '@amigo/contracts';
import type { CrisisDetector } from '@amigo/crisis-safety';
import { errorFields, type Logger } from '@amigo/logging';
import type { llm, voice } from '@livekit/agents';
import { PsychologistAgent } from '../agent/psychologist-agent.js';
import { restorableMessages, restoreChatContext } from '../history/restore-chat-context.js';
import type { BirthChartService } from '../intake/birth-chart-service.js';
import { IntakeAgent } from '../intake/intake-agent.js';
import type { ProfileStore } from '../ports/profile-store.js';
import type { XRayGenerator } from '../ports/xray-generator.js';
import { SafetyLayer, type SafetyLayerOptions } from '../safety-screen/safety-layer.js';
import { SessionState } from '../session/session-state.js';
import { decideStart, type StartDecision } from './start-decision.js';

export interface StartAgentOptions {
  /** The parsed user id, or absent for an anonymous session (whose profile is never saved). */
  userId?: UserId;
  /**
   * The conversation the browser kept, validated at the boundary: restored as marked, untrusted notes (never as
   * assistant turns or instructions), and what the person said in it screened for a crisis like a live turn. It may
   * still be on its way: it is awaited beside the profile load, and one that fails counts as no history.
   */
  history?: readonly ConversationMessage[] | PromiseLike<readonly ConversationMessage[]>;
  /** The crisis detector of the session's safety screens; one per process saves decoding the model per session. */
  detector?: CrisisDetector;
  /** Loads and saves profiles. */
  store: ProfileStore;
  profiler: XRayGenerator;
  service: BirthChartService;
  deadlineMs?: number;
  /** This session's logger, already bound to the keyed user reference: nothing below logs an id. */
  logger: Logger;
  /**
   * ISO 3166-1 alpha-2 country of the person (from their app's time zone and locale): the helplines offered. One that
   * is not such a code is dropped with a warning ({@link InvalidCountryError}): the default helplines are offered.
   */
  country?: string;
  /** Told about every safety event of the session, intake's included. */
  onSafetyEvent?: SafetyLayerOptions['onSafetyEvent'];
  /** Asked about every turn the screen passes, beside the reply (see {@link SafetyLayerOptions.secondOpinion}). */
  secondOpinion?: SafetyLayerOptions['secondOpinion'];
}

export interface SessionStart {
  agent: voice.Agent<SessionState>;
  state: SessionState;
  decision: StartDecision;
  /** The session's one safety screen, shared by all its agents (e.g. to let its second opinions settle at shutdown). */
  safety: SafetyLayer;
}

/** The session goes on with the default helplines rather than failing on a country it cannot read. */
function countryOf(given: string | undefined, logger: Logger): CountryCode | undefined {
  if (given === undefined) return undefined;
  const parsed = CountryCode.safeParse(given);
  if (parsed.success) return parsed.data;
  logger.warn(errorFields(new InvalidCountryError()), 'country unreadable; offering the default helplines');
  return undefined;
}

async function earlierConversation(
  history: StartAgentOptions['history'],
  logger: Logger,
): Promise<readonly ConversationMessage[]> {
  try {
    return (await history) ?? [];
  } catch (error) {
    logger.warn(errorFields(error), 'earlier conversation unavailable; starting without it');
    return [];
  }
}

/**
 * Picks the first agent of a session and the state it starts with: the PsychologistAgent with the stored X-Ray for
 * a returning user, otherwise the IntakeAgent, which hands over to a PsychologistAgent wired the same way.
 */
export async function startAgentFor(options: StartAgentOptions): Promise<SessionStart> {
  const { userId, store, profiler, logger } = options;
  const country = countryOf(options.country, logger);
  const pending = options.history;
  const decided = decideStart({ userId, store, deadlineMs: options.deadlineMs, logger });
  const [decision, earlier] = pending === undefined || Array.isArray(pending)
    ? [await decided, pending ?? []]
    : await Promise.all([decided, earlierConversation(pending, logger)]);
  const history = restorableMessages(earlier);
  const chatCtx: llm.ChatContext = restoreChatContext(history);
  // One layer for the whole session, so what was said (the full message once, then check-ins) carries over intake;
  // what the person said in the restored notes is screened like a live turn and answered on the next reply.
  const safety = new SafetyLayer({
    logger,
    detector: options.detector,
    country,
    onSafetyEvent: options.onSafetyEvent,
    secondOpinion: options.secondOpinion,
  });
  safety.screenRestored(history.flatMap((m) => (m.role === 'user' ? [m.content] : [])));
  const psychologist = (xray: SessionState['personality_xray'] & object, ctx: llm.ChatContext) =>
    new PsychologistAgent({ xray, profiler, store, chatCtx: ctx, logger, safety });

  if (decision.kind === 'returning') {
    const { xray } = decision;
    // Built rather than parsed: the id was validated with the metadata and the X-Ray by the store, and a zod parse of
    // the state cost a sixth of a session start. A stored focus that is blank starts from the default focus. The
    // kundali is loaded by the X-Ray tool if the focus ever shifts.
    const state: SessionState = {
      user_id: decision.userId,
      current_focus_topic: xray.focus_topic?.trim() || DEFAULT_FOCUS_TOPIC,
      country,
      safety_events: [],
      personality_xray: xray,
    };
    return { agent: psychologist(xray, chatCtx), state, decision, safety };
  }

  const state = SessionState.parse({ user_id: userId, country });
  const agent = new IntakeAgent({
    safety,
    service: options.service,
    profiler,
    store,
    chatCtx,
    logger,
    next: ({ xray, chatCtx: soFar }) => psychologist(xray, soFar),
  });
  return { agent, state, decision, safety };
}
