import { RulesBackend } from '@amigo/astro-profiler';
import { careMessage, helplinesFor } from '@amigo/crisis-safety';
import { initializeLogger, voice } from '@livekit/agents';
import { PsychologistAgent } from '../agent/psychologist-agent.js';
import { IntakeAgent } from '../intake/intake-agent.js';
import { kundaliFetchService } from '../intake/kundali-fetch-service.js';
import { NO_LLM_REPLY, OfflineLLM } from '../intake/offline-llm.js';
import { SessionState } from '../session/session-state.js';
import { assistantTexts, USER_ID } from '../testing/session.fixture.js';
import { RecordingLogger } from '@amigo/test-utils';
import { RecordingStore, sampleKundali, sampleXRay } from '../testing/agent.fixture.js';

beforeAll(() => initializeLogger({ pretty: false, level: 'fatal' }));

const CARE = careMessage({ kinds: ['suicidal_intent'], language: 'en', stage: 'full' }, helplinesFor('IN'));

describe('the safety layer with the offline stand-in for an LLM', () => {
  let session: voice.AgentSession<SessionState> | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('says the care message alone, with no configuration notice after it', async () => {
    const agent = new PsychologistAgent({ xray: sampleXRay, profiler: new RulesBackend(), logger: new RecordingLogger() });
    session = new voice.AgentSession<SessionState>({
      llm: new OfflineLLM(),
      vad: null,
      userData: SessionState.parse({ user_id: USER_ID, kundali: sampleKundali, personality_xray: sampleXRay }),
    });
    await session.start({ agent });

    const crisis = await session.run({ userInput: 'I want to kill myself' }).wait();
    expect(assistantTexts(crisis.events)).toEqual([CARE]);
    expect(assistantTexts(crisis.events).join(' ')).not.toMatch(/OPENAI|language model/);

    const ordinary = await session.run({ userInput: 'Tell me about my week' }).wait();
    expect(assistantTexts(ordinary.events)).toEqual([NO_LLM_REPLY]);
  });

  it('does not take a crisis said during intake as a birth detail, and intake goes on afterwards', async () => {
    const service = kundaliFetchService();
    const profiler = new RulesBackend();
    const logger = new RecordingLogger();
    const agent = new IntakeAgent({
      service,
      profiler,
      store: new RecordingStore(),
      logger,
      next: ({ xray, chatCtx }) => new PsychologistAgent({ xray, profiler, chatCtx, logger }),
    });
    const state = SessionState.parse({ user_id: USER_ID });
    session = new voice.AgentSession<SessionState>({
      llm: new OfflineLLM(),
      vad: null,
      userData: state,
      turnHandling: { turnDetection: 'manual' },
    });
    await session.start({ agent });

    const crisis = await session.run({ userInput: 'I want to kill myself' }).wait();
    expect(assistantTexts(crisis.events)).toEqual([CARE]);
    expect(crisis.events.some((e) => e.type === 'function_call')).toBe(false);

    const date = await session.run({ userInput: '15 August 1990' }).wait();
    expect(assistantTexts(date.events).join(' ')).toMatch(/what time were you born\?/);
    expect(state.safety_events).toHaveLength(1);
  });
});
