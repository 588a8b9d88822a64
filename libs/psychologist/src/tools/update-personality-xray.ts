import { focusTopicLabel } from '@amigo/astro-profiler';
import { type Kundali, PersonalityXRay, type UserId } from '@amigo/contracts';
import { llm } from '@livekit/agents';
import { z } from 'zod';
import { errorFields, type Logger } from '@amigo/logging';
import type { ProfileStore } from '../ports/profile-store.js';
import type { XRayGenerator } from '../ports/xray-generator.js';
import type { SessionState } from '../session/session-state.js';

export const UPDATE_PERSONALITY_XRAY = 'update_personality_xray';
export const DEFAULT_STORE_TIMEOUT_MS = 2_000;

const Parameters = z.object({
  focus_topic: z
    .string()
    .describe('The life area the conversation has moved to, in a word or two: career, relationships, family, health, grief, money or spirituality.'),
});

export interface XRayRefocusDeps {
  profiler: XRayGenerator;
  /** Reads a returning user's kundali on the first regeneration of a session, and keeps the new X-Ray. */
  store?: Pick<ProfileStore, 'loadKundali' | 'updateXRay'>;
  logger: Logger;
  /** Called after the state holds the new X-Ray, before it is persisted (the agent refreshes its instructions). */
  onUpdated: (xray: PersonalityXRay, focusTopic: string) => Promise<void>;
  /** How long the turn waits for the store before going on; the write itself is not cancelled. */
  storeTimeoutMs?: number;
}

/**
 * What `update_personality_xray` does for one agent: regenerates the X-Ray for a new focus topic, keeps it in the
 * session state, and hands it to the store. A store failure is logged and never reaches the conversation: the person
 * is mid-sentence, persistence can catch up.
 */
export class XRayRefocus {
  constructor(private readonly deps: XRayRefocusDeps) {}

  async run(focusTopic: string, state: SessionState): Promise<string> {
    // The LLM chooses the wording and the person can steer it; it is persisted and rendered into later system
    // prompts, so only the known topic it maps onto goes on.
    const topic = focusTopicLabel(focusTopic);
    const kundali = await this.kundaliOf(state);
    if (!kundali) {
      throw new llm.ToolError('No birth chart is known in this session yet, so the X-Ray cannot be refreshed.');
    }
    let xray: PersonalityXRay;
    try {
      // The profiler may be an LLM: its X-Ray is bounded by the schema before it reaches the state or a prompt.
      xray = PersonalityXRay.parse(await this.deps.profiler.generate(kundali, { focusTopic: topic }));
    } catch (error) {
      this.deps.logger.warn(
        errorFields(error),
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
    if (state.kundali) return state.kundali;
    if (!state.user_id || !this.deps.store) return null;
    try {
      state.kundali = await this.deps.store.loadKundali(state.user_id);
    } catch (error) {
      this.deps.logger.warn(
        errorFields(error),
        'stored kundali unavailable; keeping the current x-ray',
      );
      throw new llm.ToolError('The birth chart cannot be read right now; carry on with the current X-Ray.');
    }
    return state.kundali ?? null;
  }

  private async persist(userId: UserId, xray: PersonalityXRay): Promise<void> {
    if (!this.deps.store) return;
    const storeTimeoutMs = this.deps.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    const store = this.deps.store;
    // Fields the stored X-Ray has and this version does not know (a newer writer's) are kept.
    const write = store.updateXRay(userId, (current) => ({ ...current, ...xray })).then(
      (stored) => {
        if (!stored) this.deps.logger.warn({}, 'x-ray not persisted: no profile is stored any more');
        return 'saved' as const;
      },
      (error: unknown) => {
        this.deps.logger.warn(
          errorFields(error),
          'x-ray persistence failed; the conversation goes on',
        );
        return 'failed' as const;
      },
    );
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), storeTimeoutMs);
    });
    const outcome = await Promise.race([write, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.deps.logger.warn({ timeout_ms: storeTimeoutMs }, 'x-ray persistence is slow; not waiting');
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
