import type { PersonalityXRay } from '@amigo/astro-profiler';
import type { Kundali } from '@amigo/kundali-fetch';
import { llm } from '@livekit/agents';
import { z } from 'zod';
import type { PsychologistLogger } from '../ports/logger.js';
import type { ProfileSink } from '../ports/profile-sink.js';
import type { KundaliSource } from '../routing/profile-source.js';
import { userRef } from '../ports/user-ref.js';
import type { XRayGenerator } from '../ports/xray-generator.js';
import type { SessionState } from '../session/session-state.js';

export const UPDATE_PERSONALITY_XRAY = 'update_personality_xray';
export const DEFAULT_SINK_TIMEOUT_MS = 2_000;

const Parameters = z.object({
  focus_topic: z
    .string()
    .describe('The life area the conversation has moved to, in a word or two, e.g. career, relationships, family, health, grief.'),
});

export interface XRayRefocusDeps {
  profiler: XRayGenerator;
  sink?: ProfileSink;
  /** Where a returning user's kundali is read from on the first regeneration of a session. */
  kundaliSource?: KundaliSource;
  logger: PsychologistLogger;
  /** Called after the state holds the new X-Ray, before it is persisted (the agent refreshes its instructions). */
  onUpdated: (xray: PersonalityXRay, focusTopic: string) => Promise<void>;
  /** How long the turn waits for the sink before going on; the write itself is not cancelled. */
  sinkTimeoutMs?: number;
}

/**
 * What `update_personality_xray` does for one agent: regenerates the X-Ray for a new focus topic, keeps it in the
 * session state, and hands it to the sink. A sink failure is logged and never reaches the conversation: the person
 * is mid-sentence, persistence can catch up.
 */
export class XRayRefocus {
  constructor(private readonly deps: XRayRefocusDeps) {}

  async run(focusTopic: string, state: SessionState): Promise<string> {
    const topic = focusTopic.replace(/\s+/g, ' ').trim().slice(0, 80);
    if (!topic) throw new llm.ToolError('focus_topic must name a life area.');
    const kundali = await this.kundaliOf(state);
    if (!kundali) {
      throw new llm.ToolError('No birth chart is known in this session yet, so the X-Ray cannot be refreshed.');
    }
    let xray: PersonalityXRay;
    try {
      xray = await this.deps.profiler.generate(kundali, { focusTopic: topic });
    } catch (error) {
      this.deps.logger.warn(
        { error: error instanceof Error ? error.name : typeof error },
        'x-ray regeneration failed; keeping the current one',
      );
      throw new llm.ToolError('The X-Ray could not be refreshed right now; carry on with the current one.');
    }
    state.personality_xray = xray;
    state.current_focus_topic = topic;
    await this.deps.onUpdated(xray, topic);
    if (state.user_id) await this.persist(state.user_id, xray);
    return `Personality X-Ray refreshed for the focus "${topic}". Carry on the conversation with this focus; do not read the profile out.`;
  }

  /** The session's kundali: intake put it in the state; a returning user's is read once, on first need. */
  private async kundaliOf(state: SessionState): Promise<Kundali | null> {
    if (state.kundali_json) return state.kundali_json;
    if (!state.user_id || !this.deps.kundaliSource) return null;
    try {
      state.kundali_json = await this.deps.kundaliSource.loadKundali(state.user_id);
    } catch (error) {
      this.deps.logger.warn(
        { user: userRef(state.user_id), error: error instanceof Error ? error.name : typeof error },
        'stored kundali unavailable; keeping the current x-ray',
      );
      throw new llm.ToolError('The birth chart cannot be read right now; carry on with the current X-Ray.');
    }
    return state.kundali_json ?? null;
  }

  private async persist(userId: string, xray: PersonalityXRay): Promise<void> {
    if (!this.deps.sink) return;
    const sinkTimeoutMs = this.deps.sinkTimeoutMs ?? DEFAULT_SINK_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const write = this.deps.sink.updateXRay(userId, xray).then(
      () => 'saved' as const,
      (error: unknown) => {
        this.deps.logger.warn(
          { user: userRef(userId), error: error instanceof Error ? error.name : typeof error },
          'x-ray persistence failed; the conversation goes on',
        );
        return 'failed' as const;
      },
    );
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), sinkTimeoutMs);
    });
    const outcome = await Promise.race([write, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.deps.logger.warn({ user: userRef(userId), timeout_ms: sinkTimeoutMs }, 'x-ray persistence is slow; not waiting');
    }
  }
}

/** An agent that carries `update_personality_xray` exposes its {@link XRayRefocus} under this name. */
export interface RefocusesXRay {
  readonly xrayRefocus: XRayRefocus;
}

/**
 * The tool the LLM calls when the focus shifts. One object for the whole process: it reaches the calling agent's
 * {@link XRayRefocus} through the session. A tool object per agent would cost every session start a fresh hidden
 * class in V8's old space (about 1.4 kB, measured), which under load brings on major GCs.
 */
export const updatePersonalityXRayTool = llm.tool({
  name: UPDATE_PERSONALITY_XRAY,
  description:
    'Call when the conversation clearly shifts to a different life area (career, relationships, family, health, grief, ...). ' +
    "Refreshes the person's Personality X-Ray for that focus. Do not call it for the topic already in focus.",
  parameters: Parameters,
  execute: async ({ focus_topic }, { ctx }: llm.ToolOptions<SessionState>) => {
    const agent = ctx.session.currentAgent as Partial<RefocusesXRay>;
    if (!(agent.xrayRefocus instanceof XRayRefocus)) throw new llm.ToolError('This agent cannot refresh the X-Ray.');
    return agent.xrayRefocus.run(focus_topic, ctx.userData);
  },
});
