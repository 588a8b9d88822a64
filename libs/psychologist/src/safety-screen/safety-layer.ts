import type { CrisisKind, CrisisSignal, SafetyEvent } from '@amigo/contracts';
import {
  byUrgency,
  careMessage,
  type CountryHelplines,
  type CrisisAssessment,
  CrisisDetector,
  HELPLINES,
  helplinesFor,
  safetyGuidance,
} from '@amigo/crisis-safety';
import { errorFields, type Logger } from '@amigo/logging';
import { llm, voice } from '@livekit/agents';
import type { SessionState } from '../session/session-state.js';
import { prependText } from './prepend-text.js';

export interface SafetyLayerOptions {
  detector?: CrisisDetector;
  /** Helpline table by ISO country code; defaults to {@link HELPLINES}. */
  helplines?: Readonly<Record<string, CountryHelplines>>;
  /** Used when the session state names no country; without either, India. */
  country?: string;
  logger: Logger;
  /** Told about every safety event (no text in it): for metrics or an on-call alert. */
  onSafetyEvent?: (event: SafetyEvent) => void;
}

/** What to do on a turn that raised concern. */
export interface SafetyResponse {
  assessment: CrisisAssessment;
  /** Said first, before whatever the LLM adds. */
  careText: string;
  event: SafetyEvent;
}

/** Ids are remembered only to avoid screening one message twice; a session never needs more than this. */
const MAX_REMEMBERED_IDS = 512;

/**
 * Screens each new user message before the LLM answers it. On a hit it puts a safety note for the LLM just
 * before the message, records a safety event in the session state, and hands back the care message to say
 * first. The person's words never leave this function.
 */
export class SafetyLayer {
  private readonly detector: CrisisDetector;
  private readonly table: Readonly<Record<string, CountryHelplines>>;
  private readonly screened = new Set<string>();
  /** A crisis found in restored history that no reply has answered yet. */
  private restoredConcern?: CrisisAssessment;
  /** Whether the newest screened user turn already got a safety response. */
  private lastTurnAnswered = false;

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
    if (!response)
      return voice.Agent.default.llmNode(
        agent,
        chatCtx,
        toolCtx,
        modelSettings,
      );
    let rest: Awaited<ReturnType<voice.Agent['llmNode']>> = null;
    try {
      rest = await voice.Agent.default.llmNode(
        agent,
        chatCtx,
        toolCtx,
        modelSettings,
      );
    } catch (error) {
      this.options.logger.error(
        errorFields(error),
        'LLM unavailable on a safety turn; saying the care message alone',
      );
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
      const known = this.restoredConcern;
      this.restoredConcern = known
        ? {
            ...known,
            kinds: byUrgency([...known.kinds, ...found.kinds]),
            signal: known.signal === 'explicit' ? 'explicit' : found.signal,
            rules: [...new Set([...known.rules, ...found.rules])],
          }
        : found;
    }
  }

  /** Marks messages as already handled, e.g. restored history, which must not set off a response again. */
  skip(chatCtx: llm.ChatContext | { items: llm.ChatItem[] }): void {
    for (const item of chatCtx.items)
      if (item.type === 'message' && item.role === 'user')
        this.remember(item.id);
  }

  /**
   * Screens the newest item of the context the LLM is about to see, if it is a user message not screened yet.
   * Mutates `chatCtx` (the per-reply copy) by inserting the safety note.
   */
  screen(
    chatCtx: llm.ChatContext,
    state: SessionState | undefined,
  ): SafetyResponse | undefined {
    const last = chatCtx.items.at(-1);
    const fresh =
      last?.type === 'message' &&
      last.role === 'user' &&
      !this.screened.has(last.id);
    let assessment: CrisisAssessment | undefined;
    if (fresh) {
      this.remember(last.id);
      this.lastTurnAnswered = false;
      const live = this.detector.assess(last.textContent ?? '');
      if (live.isCrisis) assessment = live;
    }
    assessment ??= this.restoredConcern;
    this.restoredConcern = undefined;
    if (!assessment) return undefined;

    const helplines = this.helplinesFor(state);
    chatCtx.items.splice(
      fresh ? chatCtx.items.length - 1 : chatCtx.items.length,
      0,
      llm.ChatMessage.create({
        role: 'system',
        content: safetyGuidance(assessment, helplines),
      }),
    );
    const event = this.record(
      assessment.kinds,
      assessment.signal ?? 'implicit',
      assessment.detectedBy ?? 'rules',
      helplines,
      state,
      assessment.rules,
    );
    this.lastTurnAnswered = true;
    return { assessment, careText: careMessage(assessment, helplines), event };
  }

  /**
   * What the LLM reports through the report_safety_concern tool: the second line, for phrasings the rules do
   * not know. Returns what the model should offer, or undefined when this turn's reply already carries it.
   */
  report(
    reported: readonly CrisisKind[],
    signal: CrisisSignal,
    state: SessionState | undefined,
  ): string | undefined {
    const kinds = byUrgency(reported);
    if (this.lastTurnAnswered || kinds.length === 0) return undefined;
    this.lastTurnAnswered = true;
    const helplines = this.helplinesFor(state);
    this.record(kinds, signal, 'llm', helplines, state, []);
    return careMessage({ kinds }, helplines);
  }

  private helplinesFor(state: SessionState | undefined): CountryHelplines {
    return helplinesFor(state?.country ?? this.options.country, this.table);
  }

  private record(
    kinds: CrisisKind[],
    signal: CrisisSignal,
    detectedBy: SafetyEvent['detected_by'],
    helplines: CountryHelplines,
    state: SessionState | undefined,
    rules: string[],
  ): SafetyEvent {
    const event: SafetyEvent = {
      kinds,
      signal,
      helpline_country: helplines.country,
      detected_by: detectedBy,
      at: new Date().toISOString(),
    };
    state?.safety_events.push(event);
    this.options.logger.warn(
      {
        kinds,
        signal,
        detected_by: detectedBy,
        rules,
        helpline_country: helplines.country,
      },
      'safety response: crisis signal in the user turn',
    );
    try {
      this.options.onSafetyEvent?.(event);
    } catch (error) {
      this.options.logger.error(
        errorFields(error),
        'onSafetyEvent listener failed',
      );
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

function sessionStateOf(
  agent: voice.Agent<SessionState>,
): SessionState | undefined {
  try {
    return agent.session.userData;
  } catch {
    return undefined;
  }
}
