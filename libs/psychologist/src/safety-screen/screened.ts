import { type llm, voice } from '@livekit/agents';
import type { SessionState } from '../session/session-state.js';
import { SafetyLayer } from './safety-layer.js';

// A mixin's base must be constructible with any arguments: that is how TypeScript types mixins.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AgentConstructor = abstract new (...args: any[]) => voice.Agent<SessionState>;

/** An agent or task that puts the crisis screen in front of its replies. */
export interface Screens {
  readonly safetyLayer: SafetyLayer;
}

/**
 * The one place the crisis screen is put in front of replies: every agent and task of a session derives from its
 * LiveKit base through this, and exposes the {@link SafetyLayer} it screens with as `safetyLayer`. The screen sits in
 * `llmNode` because every reply passes through it (see {@link SafetyLayer.llmNode}). The override changes no type,
 * so the mixin is typed as its base (which also keeps LiveKit's private members out of the declarations).
 */
export function Screened<Base extends AgentConstructor>(base: Base): Base {
  abstract class ScreenedAgent extends base {
    override async llmNode(
      chatCtx: llm.ChatContext,
      toolCtx: llm.ToolContext,
      modelSettings: voice.ModelSettings,
    ): ReturnType<voice.Agent['llmNode']> {
      const { safetyLayer } = this as Partial<Screens>;
      if (!(safetyLayer instanceof SafetyLayer)) throw new TypeError(`${this.constructor.name} has no safetyLayer`);
      return safetyLayer.llmNode(this, chatCtx, toolCtx, modelSettings);
    }
  }
  return ScreenedAgent;
}

/** The base of the session's agents, annotated so declaration files can name it. */
export const ScreenedAgent: typeof voice.Agent<SessionState> = Screened(voice.Agent<SessionState>);
