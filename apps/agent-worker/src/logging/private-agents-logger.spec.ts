import { PsychologistAgent, type SessionState, UPDATE_PERSONALITY_XRAY } from '@amigo/psychologist';
import { initializeLogger, log, voice } from '@livekit/agents';
import { RedisMemoryServer } from 'redis-memory-server';
import { loadChatConfig } from '../config/worker-config.js';
import { prewarmedDetector } from '../runtime/prewarm.js';
import { createRuntime } from '../runtime/runtime.js';
import { prepareSession } from '../session/prepare-session.js';
import { protectAgentsLogger } from './private-agents-logger.js';

jest.setTimeout(180_000);

const USER = '5d0c1f7e-8a2b-4c3d-9e4f-6a7b8c9d0e1f';
const DATE = '15 August 1990';
const TIME = 'quarter past six in the morning';
const PLACE = 'Pune';
const WORK = 'My manager at Infosys shouts at me every day';
const FOCUS = 'job at Infosys';
const CRISIS = "I don't want to live anymore, I keep thinking about killing myself";
const REPLY = 'That sounds humiliating; what does the shouting leave you with in the evenings?';
const FOLLOW_UP = 'Are you somewhere safe right now, Tara?';
const EARLIER = 'Last week I told you about my sister Meera';

/** Everything this process writes, wherever the logger's destination sends it. */
const written: string[] = [];

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the worker logging set-up', () => {
  let redis: RedisMemoryServer;

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      jest.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString());
        return true;
      });
    }
    redis = await RedisMemoryServer.create();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await redis.stop();
  });

  it('keeps intake answers, utterances, replies and the user id out of every line, at debug level too', async () => {
    // As the job process does it: LiveKit initialises its logger, then the prewarm protects it.
    initializeLogger({ pretty: false, level: 'debug' });
    protectAgentsLogger();
    const url = `redis://${await redis.getHost()}:${await redis.getPort()}`;
    const deps = { ...createRuntime(loadChatConfig({}), { url, embedded: false }, log().child({ module: 'amigo' })), detector: prewarmedDetector() };
    const start = await prepareSession(JSON.stringify({ user_id: USER }), deps, [{ role: 'user', content: EARLIER }]);
    const refreshed = JSON.stringify(
      'Personality X-Ray refreshed for the focus "Career". Carry on the conversation with this focus; do not read the profile out.',
    );
    const llm = new voice.testing.FakeLLM([
      { input: DATE, toolCalls: [{ name: 'record_birth_date', args: { answer: DATE } }] },
      { input: TIME, toolCalls: [{ name: 'record_birth_time', args: { answer: TIME } }] },
      { input: PLACE, toolCalls: [{ name: 'record_birth_place', args: { answer: PLACE } }] },
      { input: 'yes', toolCalls: [{ name: 'confirm_birth_details', args: {} }] },
      { input: WORK, toolCalls: [{ name: UPDATE_PERSONALITY_XRAY, args: { focus_topic: FOCUS } }] },
      { input: refreshed, content: REPLY },
      { input: CRISIS, content: FOLLOW_UP },
    ]);
    const session = new voice.AgentSession<SessionState>({ llm, vad: null, userData: start.state, turnHandling: { turnDetection: 'manual' } });
    await session.start({ agent: start.agent });
    try {
      for (const answer of [DATE, TIME, PLACE, 'yes']) await session.run({ userInput: answer }).wait();
      await until(() => session.currentAgent instanceof PsychologistAgent);
      const work = await session.run({ userInput: WORK }).wait();
      work.expect.containsFunctionCall({ name: UPDATE_PERSONALITY_XRAY });
      await session.run({ userInput: CRISIS }).wait();
      expect(start.state.safety_events).toHaveLength(1);
    } finally {
      await session.close();
      await deps.store.close();
    }

    const output = written.join('');
    // The operational lines are there: the routing decision with the keyed reference, tool timings, the safety event.
    expect(output).toContain(`"user":"${deps.userRef(USER)}"`);
    expect(output).toMatch(/"route":"intake"/);
    expect(output).toContain('Tool call execution finished');
    expect(output).toContain('safety response');
    expect(output).not.toContain('lk.pii');
    const secrets = [USER, DATE, '1990-08-15', TIME, '06:15', PLACE, 'Maharashtra', WORK, 'Infosys', CRISIS, 'killing', REPLY, FOLLOW_UP, 'Tara', EARLIER, 'Meera'];
    for (const secret of secrets) expect({ secret, found: output.includes(secret) }).toEqual({ secret, found: false });
  });
});
