import type { PersonalityXRay } from '@amigo/astro-profiler';
import { llm, type voice } from '@livekit/agents';
import { z } from 'zod';
import type { PsychologistLogger } from '../ports/logger.js';
import type { Kundali } from '@amigo/kundali-fetch';
import type { ProfileSink } from '../ports/profile-sink.js';
import type { KundaliSource } from '../routing/profile-source.js';
import { userRef } from '../ports/user-ref.js';
import type { XRayGenerator } from '../ports/xray-generator.js';
import type { SessionState } from '../session/session-state.js';

export const UPDATE_PERSONALITY_XRAY = 'update_personality_xray';
export const DEFAULT_SINK_TIMEOUT_MS = 2_000;

export interface UpdatePersonalityXRayDeps {
  profiler: XRayGenerator;
  sink?: ProfileSink;
  /** Where a returning user's kundali is read from on the first regeneration of a session. */
  kundaliSource?: KundaliSource;
  logger: PsychologistLogger;
  /** Called after the state holds the new X-Ray, before it is persisted (the agent refreshes its instructions). */
  onUpdated: (xray: PersonalityXRay, focusTopic: string, ctx: voice.RunContext<SessionState>) => Promise<void>;
  /** How long the turn waits for the sink before going on; the write itself is not cancelled. */
  sinkTimeoutMs?: number;
}

const Parameters = z.object({
  focus_topic: z
    .string()
    .describe('The life area the conversation has moved to, in a word or two, e.g. career, relationships, family, health, grief.'),
});

/**
 * Regenerates the X-Ray for a new focus topic, keeps it in the session state, and hands it to the sink. A sink
 * failure is logged and never reaches the conversation: the person is mid-sentence, persistence can catch up.
 */
export function createUpdatePersonalityXRayTool(deps: UpdatePersonalityXRayDeps) {
  const sinkTimeoutMs = deps.sinkTimeoutMs ?? DEFAULT_SINK_TIMEOUT_MS;

  async function persist(userId: string, xray: PersonalityXRay): Promise<void> {
    if (!deps.sink) return;
    let timer: NodeJS.Timeout | undefined;
    const write = deps.sink.updateXRay(userId, xray).then(
      () => 'saved' as const,
      (error: unknown) => {
        deps.logger.warn(
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
      deps.logger.warn({ user: userRef(userId), timeout_ms: sinkTimeoutMs }, 'x-ray persistence is slow; not waiting');
    }
  }

  /** The session's kundali: intake put it in the state; a returning user's is read once, on first need. */
  async function kundaliOf(state: SessionState): Promise<Kundali | null> {
    if (state.kundali_json) return state.kundali_json;
    if (!state.user_id || !deps.kundaliSource) return null;
    try {
      state.kundali_json = await deps.kundaliSource.loadKundali(state.user_id);
    } catch (error) {
      deps.logger.warn(
        { user: userRef(state.user_id), error: error instanceof Error ? error.name : typeof error },
        'stored kundali unavailable; keeping the current x-ray',
      );
      throw new llm.ToolError('The birth chart cannot be read right now; carry on with the current X-Ray.');
    }
    return state.kundali_json ?? null;
  }

  return llm.tool({
    description:
      'Call when the conversation clearly shifts to a different life area (career, relationships, family, health, grief, ...). ' +
      "Refreshes the person's Personality X-Ray for that focus. Do not call it for the topic already in focus.",
    parameters: Parameters,
    execute: async ({ focus_topic }, { ctx }: llm.ToolOptions<SessionState>) => {
      const topic = focus_topic.replace(/\s+/g, ' ').trim().slice(0, 80);
      if (!topic) throw new llm.ToolError('focus_topic must name a life area.');
      const state = ctx.userData;
      const kundali = await kundaliOf(state);
      if (!kundali) {
        throw new llm.ToolError('No birth chart is known in this session yet, so the X-Ray cannot be refreshed.');
      }
      let xray: PersonalityXRay;
      try {
        xray = await deps.profiler.generate(kundali, { focusTopic: topic });
      } catch (error) {
        deps.logger.warn(
          { error: error instanceof Error ? error.name : typeof error },
          'x-ray regeneration failed; keeping the current one',
        );
        throw new llm.ToolError('The X-Ray could not be refreshed right now; carry on with the current one.');
      }
      state.personality_xray = xray;
      state.current_focus_topic = topic;
      await deps.onUpdated(xray, topic, ctx);
      if (state.user_id) await persist(state.user_id, xray);
      return `Personality X-Ray refreshed for the focus "${topic}". Carry on the conversation with this focus; do not read the profile out.`;
    },
  });
}
