import { RulesBackend } from '@amigo/astro-profiler';
import { parseUserId } from '@amigo/contracts';
import { initializeLogger, voice } from '@livekit/agents';
import { PsychologistAgent } from '../agent/psychologist-agent.js';
import { RecordingLogger } from '@amigo/test-utils';
import { RecordingStore } from '../testing/agent.fixture.js';
import { SessionState } from '../session/session-state.js';
import {
  CONFIRM_BIRTH_DETAILS,
  RECORD_BIRTH_DATE,
  RECORD_BIRTH_PLACE,
  RECORD_BIRTH_TIME,
} from './intake-step.js';
import { IntakeAgent } from './intake-agent.js';
import { kundaliFetchService } from './kundali-fetch-service.js';
import { NO_LLM_REPLY, OfflineLLM } from './offline-llm.js';

const USER = parseUserId('5d0c7c1e-8f3a-4b8e-9a51-2f8f1d6c4b27');

jest.setTimeout(30_000);
beforeAll(() => initializeLogger({ pretty: false, level: 'fatal' }));

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function messages(run: voice.testing.RunResult): string[] {
  return run.events.flatMap((e) => (e.type === 'message' && e.item.role === 'assistant' ? [e.item.textContent ?? ''] : []));
}

async function startIntake(llm: ConstructorParameters<typeof voice.AgentSession>[0] extends infer O ? O extends { llm?: infer L } ? L : never : never, store: RecordingStore) {
  const service = kundaliFetchService();
  const profiler = new RulesBackend();
  const logger = new RecordingLogger();
  const state = SessionState.parse({ user_id: USER });
  const session = new voice.AgentSession<SessionState>({ llm, vad: null, userData: state, turnHandling: { turnDetection: 'manual' } });
  const agent = new IntakeAgent({
    service,
    profiler,
    store,
    logger,
    next: ({ xray, chatCtx }) => new PsychologistAgent({ xray, profiler, chatCtx, logger }),
  });
  await session.start({ agent });
  const say = async (text: string) => session.run({ userInput: text }).wait();
  return { session, state, say, logger };
}

describe('IntakeAgent', () => {
  it('collects birth details with corrections, builds and saves the profile, and hands over the conversation', async () => {
    const llm = new voice.testing.FakeLLM([
      { input: 'I was born on 15 August 1990', toolCalls: [{ name: RECORD_BIRTH_DATE, args: { answer: '15 August 1990' } }] },
      { input: 'quarter past six in the morning', toolCalls: [{ name: RECORD_BIRTH_TIME, args: { answer: 'quarter past six in the morning' } }] },
      { input: 'sorry, it was the 16th', toolCalls: [{ name: RECORD_BIRTH_DATE, args: { answer: '16 August 1990' } }] },
      { input: 'Pune', toolCalls: [{ name: RECORD_BIRTH_PLACE, args: { answer: 'Pune' } }] },
      { input: 'yes, that is right', toolCalls: [{ name: CONFIRM_BIRTH_DETAILS, args: {} }] },
    ]);
    const writer = new RecordingStore();
    const { session, state, say } = await startIntake(llm, writer);
    try {
      const first = await say('I was born on 15 August 1990');
      first.expect.containsFunctionCall({ name: RECORD_BIRTH_DATE });
      const dateOutput = first.expect.containsFunctionCallOutput().event().item.output;
      expect(JSON.parse(dateOutput)).toMatchObject({ ok: true, awaiting: 'time' });

      await say('quarter past six in the morning');
      const corrected = await say('sorry, it was the 16th');
      expect(JSON.parse(corrected.expect.containsFunctionCallOutput().event().item.output)).toMatchObject({ awaiting: 'place' });
      const placed = await say('Pune');
      const summary = JSON.parse(placed.expect.containsFunctionCallOutput().event().item.output);
      expect(summary.awaiting).toBe('confirm');
      expect(summary.say).toContain('16 August 1990');
      expect(summary.say).toContain('06:15');
      expect(summary.say).toMatch(/Pune, Maharashtra, India/);

      await say('yes, that is right');
      await until(() => session.currentAgent instanceof PsychologistAgent);

      expect(state.birth_details).toMatchObject({ date: '1990-08-16', time: '06:15', place: 'Pune, Maharashtra, India', timezone: 'Asia/Kolkata' });
      expect(state.kundali?.planets.length).toBeGreaterThanOrEqual(9);
      expect(state.personality_xray?.core_identity.archetype).toBeTruthy();
      expect(writer.saves).toEqual([{ userId: USER, kundali: state.kundali, xray: state.personality_xray }]);

      const carried = session.currentAgent.chatCtx.items.flatMap((i) => (i.type === 'message' ? [i.textContent] : []));
      expect(carried).toEqual(expect.arrayContaining(['I was born on 15 August 1990', 'Pune', 'yes, that is right']));
      expect((session.currentAgent as PsychologistAgent).xray).toEqual(state.personality_xray);
    } finally {
      await session.close();
    }
  });

  it('runs offline: asks back on impossible dates, unknown and ambiguous places, accepts an unknown time', async () => {
    const writer = new RecordingStore();
    const { session, state, say } = await startIntake(new OfflineLLM(), writer);
    try {
      expect(messages(await say('31 February 1990')).join(' ')).toMatch(/does not exist/);
      expect(messages(await say('15 August 1990')).join(' ')).toMatch(/what time/i);
      expect(messages(await say("I don't know")).join(' ')).toMatch(/where were you born/i);
      expect(messages(await say('Xyzzyqwert')).join(' ')).toMatch(/could not find/i);
      const ambiguous = messages(await say('Springfield')).join(' ');
      expect(ambiguous).toMatch(/1\. Springfield, .*2\. Springfield, /);
      const summary = messages(await say('2')).join(' ');
      expect(summary).toMatch(/15 August 1990, time unknown, in Springfield, /);
      const chosen = /2\. (Springfield, [^;]+);/.exec(ambiguous)?.[1];
      expect(summary).toContain(`in ${chosen}.`);

      await say('yes');
      await until(() => session.currentAgent instanceof PsychologistAgent);
      expect(state.birth_details).toMatchObject({ date: '1990-08-15', time: 'unknown', place: chosen });
      expect(writer.saves).toHaveLength(1);
      expect(messages(await say('I feel stuck at work')).join(' ')).toBe(NO_LLM_REPLY);
    } finally {
      await session.close();
    }
  });

  it('goes on to the psychologist when saving fails, logging it without the id', async () => {
    const writer = new RecordingStore('fail');
    const { session, state, say, logger } = await startIntake(new OfflineLLM(), writer);
    try {
      for (const answer of ['1 January 1985', '23:30', 'Mumbai', 'yes']) await say(answer);
      await until(() => session.currentAgent instanceof PsychologistAgent);
      expect(state.personality_xray).toBeTruthy();
      expect(logger.lines.map((r) => r.message)).toContain('profile could not be saved; the session goes on');
    } finally {
      await session.close();
    }
  });

  it('answers a crisis signal during intake with the care message first, and records it without words', async () => {
    const llm = new voice.testing.FakeLLM([
      { input: "I don't want to live anymore", content: 'I am here with you.' },
    ]);
    const { session, state, say } = await startIntake(llm, new RecordingStore());
    try {
      const reply = messages(await say("I don't want to live anymore")).join(' ');
      expect(reply).toMatch(/^Thank you for telling me\..*Tele-MANAS/s);
      expect(reply).toContain('I am here with you.');
      expect(state.safety_events).toEqual([expect.objectContaining({ kinds: ['suicidal_intent'] })]);
      expect(JSON.stringify(state.safety_events)).not.toContain('live anymore');
    } finally {
      await session.close();
    }
  });
});
