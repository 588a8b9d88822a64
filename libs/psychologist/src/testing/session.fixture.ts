import { parseUserId } from '@amigo/contracts';
import { type llm, voice } from '@livekit/agents';
import { PsychologistAgent, type PsychologistAgentOptions } from '../agent/psychologist-agent.js';
import type { XRayGenerator } from '../ports/xray-generator.js';
import { SessionState, type SessionStateInput } from '../session/session-state.js';
import { RecordingLogger } from '@amigo/test-utils';
import { type RecordingStore, rulesProfiler, sampleKundali, sampleXRay } from './agent.fixture.js';

export const USER_ID = parseUserId('0b7f6a52-3c1e-4d8a-9f4e-2a6c1d9e8b71');

/** The FakeLLM, remembering the chat contexts it was asked to answer, so a test can see what the model saw. */
export class RecordingFakeLLM extends voice.testing.FakeLLM {
  readonly contexts: llm.ChatContext[] = [];

  override chat(params: Parameters<voice.testing.FakeLLM['chat']>[0]): ReturnType<voice.testing.FakeLLM['chat']> {
    this.contexts.push(params.chatCtx.copy());
    return super.chat(params);
  }
}

export interface SessionSetup {
  state?: SessionStateInput;
  profiler?: XRayGenerator;
  store?: RecordingStore;
  responses?: voice.testing.FakeLLMResponse[];
  agent?: Partial<PsychologistAgentOptions>;
}

/** A text-only session (no room, no VAD) around a PsychologistAgent, driven by the FakeLLM. */
export async function startSession(setup: SessionSetup = {}) {
  const logger = new RecordingLogger();
  const profiler = setup.profiler ?? rulesProfiler();
  const agent = new PsychologistAgent({ xray: sampleXRay, profiler, store: setup.store, logger, ...setup.agent });
  const userData = SessionState.parse(
    setup.state ?? { user_id: USER_ID, kundali: sampleKundali, personality_xray: sampleXRay },
  );
  const fakeLlm = new RecordingFakeLLM(setup.responses ?? []);
  const session = new voice.AgentSession<SessionState>({ llm: fakeLlm, vad: null, userData });
  await session.start({ agent });
  return { agent, session, logger, profiler, userData, llm: fakeLlm };
}

/** Text of the assistant messages a run produced. */
export function assistantTexts(events: readonly voice.testing.RunEvent[]): string[] {
  return events.flatMap((e) =>
    e.type === 'message' && e.item.role === 'assistant' ? [e.item.textContent ?? ''] : [],
  );
}
