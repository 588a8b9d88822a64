import type { CrisisKind, CrisisSignal, SafetyEvent, SecondOpinionSource } from '@amigo/contracts';
import {
  asksForHelpline,
  byUrgency,
  careMessage,
  type CareStage,
  type CountryHelplines,
  type CrisisAssessment,
  CrisisDetector,
  detectTurnLanguage,
  HELPLINES,
  type Helplines,
  helplinesFor,
  safetyGuidance,
  type SecondOpinion,
  type TurnLanguage,
} from '@amigo/crisis-safety';
import { errorFields, type Logger } from '@amigo/logging';
import { llm, voice } from '@livekit/agents';
import type { SessionState } from '../session/session-state.js';
import { prependText } from './prepend-text.js';
import { SAFETY_NOTE_MARKER } from './safety-note.js';

export interface SafetyLayerOptions {
  detector?: CrisisDetector;
  /** Helpline table by ISO country code; defaults to {@link HELPLINES}. */
  helplines?: Readonly<Record<string, CountryHelplines>>;
  /** Used when the session state names no country; without either, India. */
  country?: string;
  logger: Logger;
  /**
   * Told about every safety event (no text in it) with the helplines it offered: to show them in the person's app,
   * or to alert an operator. Called synchronously on the reply's path: a listener must not wait for anything.
   */
  onSafetyEvent?: (event: SafetyEvent, helplines: Helplines) => void;
  /**
   * Asked about every turn the screen passes, beside the reply and never waited for (e.g. a hosted moderation
   * model). When it flags a turn, the session's safety state is raised as the screen raises it: the event at once
   * (the app's notice, the operators), the care message and the note for the LLM on the next reply.
   */
  secondOpinion?: SecondOpinion;
}

/** What to do on a turn that raised concern, or that asked for the helplines again. */
export interface SafetyResponse {
  assessment: CrisisAssessment;
  /** Said first, before whatever the LLM adds. */
  careText: string;
  /** The recorded event; absent when the person only asked for the helplines again. */
  event?: SafetyEvent;
}

/** Ids are remembered only to avoid screening one message twice; a session never needs more than this. */
const MAX_REMEMBERED_IDS = 512;

/**
 * Screens each new user message before the LLM answers it. On a hit it puts a safety note for the LLM just
 * before the message, records a safety event in the session state, and hands back the care message to say
 * first: in the language of the turn, in full the first time in a session (and again when the danger grows or the
 * person asks), as a short check-in after that. The person's words never leave this function.
 */
export class SafetyLayer {
  private readonly detector: CrisisDetector;
  private readonly table: Readonly<Record<string, CountryHelplines>>;
  private readonly screened = new Set<string>();
  /** The events of a layer used without session state (the state's list otherwise). */
  private readonly ownEvents: SafetyEvent[] = [];
  /** A crisis found in restored history that no reply has answered yet, with the language it was said in. */
  private restoredConcern?: { assessment: CrisisAssessment; language: TurnLanguage };
  /** Whether the newest screened user turn already got a safety response. */
  private lastTurnAnswered = false;
  private lastTurnId?: string;
  private lastLanguage: TurnLanguage = 'en';
  /** Concern a second opinion raised after its turn was answered: said on the next reply. */
  private raisedConcern?: RaisedConcern;
  private readonly opinions = new Set<Promise<void>>();

  constructor(private readonly options: SafetyLayerOptions) {
    this.detector = options.detector ?? new CrisisDetector();
    this.table = options.helplines ?? HELPLINES;
  }

  /**
   * An agent's llmNode with the safety layer in front. It sits there rather than in onUserTurnCompleted because
   * every reply passes through this node: spoken turns, typed text from the room, `session.run()` and
   * `generateReply()` (which skip onUserTurnCompleted), and preemptive generations (which start before it). On
   * a crisis signal the reply opens with the care message, which is said even if the LLM fails.
   */
  async llmNode(
    agent: voice.Agent<SessionState>,
    chatCtx: llm.ChatContext,
    toolCtx: llm.ToolContext,
    modelSettings: voice.ModelSettings,
  ): ReturnType<voice.Agent['llmNode']> {
    const response = this.screen(chatCtx, sessionStateOf(agent));
    if (!response) return voice.Agent.default.llmNode(agent, chatCtx, toolCtx, modelSettings);
    let rest: Awaited<ReturnType<voice.Agent['llmNode']>> = null;
    try {
      rest = await voice.Agent.default.llmNode(agent, chatCtx, toolCtx, modelSettings);
    } catch (error) {
      this.options.logger.error(errorFields(error), 'LLM unavailable on a safety turn; saying the care message alone');
    }
    return prependText(response.careText, rest);
  }

  /**
   * Screens what the person said in a restored earlier conversation with the same detector as live turns. It was
   * said before this session, so no reply has answered it here: a crisis in it is answered like a crisis turn, on
   * the next reply (care message first, the note for the LLM, a safety event).
   */
  screenRestored(texts: readonly string[]): void {
    for (const text of texts) {
      const found = this.detector.assess(text);
      if (!found.isCrisis) continue;
      const known = this.restoredConcern?.assessment;
      const assessment: CrisisAssessment = known
        ? {
            ...known,
            kinds: byUrgency([...known.kinds, ...found.kinds]),
            signal: known.signal === 'explicit' ? 'explicit' : found.signal,
            rules: [...new Set([...known.rules, ...found.rules])],
          }
        : found;
      this.restoredConcern = { assessment, language: detectTurnLanguage(text) };
    }
  }

  /** Marks messages as already handled, e.g. restored history, which must not set off a response again. */
  skip(chatCtx: llm.ChatContext | { items: llm.ChatItem[] }): void {
    for (const item of chatCtx.items) if (item.type === 'message' && item.role === 'user') this.remember(item.id);
  }

  /**
   * Screens the newest item of the context the LLM is about to see, if it is a user message not screened yet.
   * Mutates `chatCtx` (the per-reply copy) by inserting the safety note.
   */
  screen(chatCtx: llm.ChatContext, state: SessionState | undefined): SafetyResponse | undefined {
    const last = chatCtx.items.at(-1);
    const fresh = last?.type === 'message' && last.role === 'user' && !this.screened.has(last.id);
    const restored = this.restoredConcern;
    this.restoredConcern = undefined;
    // Raised concern is answered on the next reply to the person, not on a follow-up call after a tool.
    const raised = fresh ? this.raisedConcern : undefined;
    if (fresh) this.raisedConcern = undefined;
    if (!fresh && !restored) return undefined;
    let text = '';
    if (fresh) {
      this.remember(last.id);
      this.lastTurnAnswered = false;
      this.lastTurnId = last.id;
      text = last.textContent ?? '';
    }

    const live = fresh ? this.detector.assess(text) : undefined;
    if (fresh && live && !live.isCrisis) this.askSecondOpinion(last.id, text, state);
    if (raised && !live?.isCrisis) return this.answerRaised(chatCtx, raised, state);
    const assessment = live?.isCrisis || !restored ? (live as CrisisAssessment) : restored.assessment;
    const language = live?.isCrisis || !restored ? detectTurnLanguage(text) : restored.language;
    this.lastLanguage = language;
    const earlier = this.eventsOf(state);
    const asked = asksForHelpline(text, earlier.length > 0);
    const helplines = this.helplinesFor(state);

    if (!assessment.isCrisis) {
      if (!asked) return undefined;
      const kinds = earlier.at(-1)?.kinds ?? ['suicidal_intent'];
      insertNote(chatCtx, safetyGuidance({ kinds, language, stage: 'resources' }, helplines));
      this.lastTurnAnswered = true;
      return { assessment, careText: careMessage({ kinds, language, stage: 'resources' }, helplines) };
    }

    // A second opinion's event is recorded before its care is said: when its care is due now, the turn gets it in full.
    const stage = raised?.stage === 'full' ? 'full' : stageFor(assessment.kinds, earlier, asked);
    const checkIns = checkInsOf(earlier);
    insertNote(chatCtx, safetyGuidance({ kinds: assessment.kinds, language, stage }, helplines));
    const event = this.record(
      {
        kinds: assessment.kinds,
        signal: assessment.signal ?? 'implicit',
        detected_by: assessment.detectedBy ?? 'rules',
        response: stage,
      },
      helplines,
      state,
      assessment.rules,
    );
    this.lastTurnAnswered = true;
    const careText = careMessage({ kinds: assessment.kinds, language, stage, checkIns }, helplines);
    return { assessment, careText, event };
  }

  /**
   * What the LLM reports through the report_safety_concern tool: the second line, for phrasings the rules do
   * not know. Returns what the model should offer, or undefined when this turn's reply already carries it.
   */
  report(reported: readonly CrisisKind[], signal: CrisisSignal, state: SessionState | undefined): string | undefined {
    const kinds = byUrgency(reported);
    if (this.lastTurnAnswered || kinds.length === 0) return undefined;
    this.lastTurnAnswered = true;
    const helplines = this.helplinesFor(state);
    // The second opinion already recorded this turn's concern: its care is said now, in this reply, instead of on the next.
    const raised = this.raisedConcern;
    const earlier = this.eventsOf(state);
    if (raised && raised.turnId === this.lastTurnId) {
      this.raisedConcern = undefined;
      const { language, checkIns } = raised;
      if (kinds.every((kind) => raised.kinds.includes(kind))) return careMessage({ kinds: raised.kinds, language, stage: raised.stage, checkIns }, helplines);
      // The LLM heard more than the opinion did (an act under way, abuse): that counts, and goes to the operators too.
      const all = byUrgency([...raised.kinds, ...kinds]);
      const stage = raised.stage === 'full' ? 'full' : stageFor(all, earlier, false);
      this.record({ kinds: all, signal, detected_by: 'llm', response: stage }, helplines, state, []);
      return careMessage({ kinds: all, language, stage, checkIns }, helplines);
    }
    const stage = stageFor(kinds, earlier, false);
    const checkIns = checkInsOf(earlier);
    this.record({ kinds, signal, detected_by: 'llm', response: stage }, helplines, state, []);
    return careMessage({ kinds, language: this.lastLanguage, stage, checkIns }, helplines);
  }

  /** Resolves once every second opinion asked so far has answered, failed or timed out (for shutdown and tests). */
  async secondOpinionsSettled(): Promise<void> {
    while (this.opinions.size > 0) await Promise.all([...this.opinions]);
  }

  private askSecondOpinion(turnId: string, text: string, state: SessionState | undefined): void {
    const opinion = this.options.secondOpinion;
    if (!opinion || text.trim() === '') return;
    const language = detectTurnLanguage(text);
    let asked: Promise<void>;
    try {
      asked = opinion.assess(text).then(
        (verdict) => {
          if (verdict.flagged && verdict.kinds.length > 0) this.raise(turnId, opinion.source, byUrgency(verdict.kinds), language, state);
        },
        (error: unknown) => this.secondOpinionFailed(opinion, error),
      );
    } catch (error) {
      this.secondOpinionFailed(opinion, error);
      return;
    }
    this.opinions.add(asked);
    void asked.finally(() => this.opinions.delete(asked));
  }

  private secondOpinionFailed(opinion: SecondOpinion, error: unknown): void {
    this.options.logger.warn({ second_opinion: opinion.name, ...errorFields(error) }, 'second opinion unavailable; the screen alone decided');
  }

  /**
   * A second opinion flagged a turn the screen passed. The event goes out now, so the app and the operators know
   * without waiting for the person to speak again; the care message and the note wait for the next reply, unless the
   * LLM reports the same turn first (then its report_safety_concern says them). Nothing more happens if that turn was
   * answered in the meantime.
   */
  private raise(
    turnId: string,
    source: SecondOpinionSource,
    kinds: CrisisKind[],
    language: TurnLanguage,
    state: SessionState | undefined,
  ): void {
    if (turnId === this.lastTurnId && this.lastTurnAnswered) return;
    const helplines = this.helplinesFor(state);
    const earlier = this.eventsOf(state);
    const pending = this.raisedConcern;
    const stage = pending?.stage === 'full' ? 'full' : stageFor(kinds, earlier, false);
    const checkIns = checkInsOf(earlier);
    this.record({ kinds, signal: 'implicit', detected_by: source, response: stage }, helplines, state, []);
    this.raisedConcern = { turnId, kinds: byUrgency([...(pending?.kinds ?? []), ...kinds]), language, stage, checkIns };
  }

  private answerRaised(chatCtx: llm.ChatContext, raised: RaisedConcern, state: SessionState | undefined): SafetyResponse {
    const helplines = this.helplinesFor(state);
    const { kinds, language, stage, checkIns } = raised;
    insertNote(chatCtx, safetyGuidance({ kinds, language, stage }, helplines));
    this.lastTurnAnswered = true;
    this.lastLanguage = language;
    const assessment: CrisisAssessment = { isCrisis: true, kinds, signal: 'implicit', rules: [], score: null, detectedBy: null };
    return { assessment, careText: careMessage({ kinds, language, stage, checkIns }, helplines) };
  }

  private helplinesFor(state: SessionState | undefined): Helplines {
    return helplinesFor(state?.country ?? this.options.country, this.table);
  }

  private eventsOf(state: SessionState | undefined): SafetyEvent[] {
    return state?.safety_events ?? this.ownEvents;
  }

  private record(
    what: Pick<SafetyEvent, 'kinds' | 'signal' | 'detected_by' | 'response'>,
    helplines: Helplines,
    state: SessionState | undefined,
    rules: string[],
  ): SafetyEvent {
    const event: SafetyEvent = { ...what, helpline_country: helplines.country, at: new Date().toISOString() };
    this.eventsOf(state).push(event);
    this.options.logger.warn(
      { kinds: event.kinds, signal: event.signal, detected_by: event.detected_by, response: event.response, rules, helpline_country: helplines.country },
      'safety response: crisis signal in the user turn',
    );
    try {
      this.options.onSafetyEvent?.(event, helplines);
    } catch (error) {
      this.options.logger.error(errorFields(error), 'onSafetyEvent listener failed');
    }
    return event;
  }

  private remember(id: string): void {
    if (this.screened.size >= MAX_REMEMBERED_IDS) {
      const oldest = this.screened.values().next().value;
      if (oldest !== undefined) this.screened.delete(oldest);
    }
    this.screened.add(id);
  }
}

interface RaisedConcern {
  /** The newest turn the concern was raised about. */
  turnId: string;
  kinds: CrisisKind[];
  language: TurnLanguage;
  stage: Exclude<CareStage, 'resources'>;
  checkIns: number;
}

/**
 * The full message the first time in a session, when the person asks for help again, or when the danger grows (a
 * kind whose resources were not offered yet: the emergency number, an abuse line); a short check-in otherwise.
 */
function stageFor(kinds: readonly CrisisKind[], earlier: readonly SafetyEvent[], asked: boolean): Exclude<CareStage, 'resources'> {
  if (earlier.length === 0 || asked) return 'full';
  const offered = new Set(earlier.filter((event) => event.response === 'full').flatMap((event) => event.kinds));
  const grows = kinds.some((kind) => (kind === 'immediate_danger' || kind === 'abuse') && !offered.has(kind));
  return grows ? 'full' : 'check_in';
}

function checkInsOf(earlier: readonly SafetyEvent[]): number {
  return earlier.filter((event) => event.response === 'check_in').length;
}

function insertNote(chatCtx: llm.ChatContext, guidance: string): void {
  const last = chatCtx.items.at(-1);
  chatCtx.items.splice(
    last?.type === 'message' && last.role === 'user' ? chatCtx.items.length - 1 : chatCtx.items.length,
    0,
    llm.ChatMessage.create({ role: 'system', content: guidance, extra: { [SAFETY_NOTE_MARKER]: true } }),
  );
}

function sessionStateOf(agent: voice.Agent<SessionState>): SessionState | undefined {
  try {
    return agent.session.userData;
  } catch {
    return undefined;
  }
}
