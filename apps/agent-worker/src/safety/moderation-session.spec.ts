import { SAFETY_NOTICE_TOPIC, SafetyEscalation, SafetyNotice } from '@amigo/contracts';
import type { SessionState } from '@amigo/psychologist';
import { UserStore } from '@amigo/user-store';
import { initializeLogger, voice } from '@livekit/agents';
import { createClient } from 'redis';
import { RedisMemoryServer } from 'redis-memory-server';
import { prepareSession } from '../session/prepare-session.js';
import { type ModerationBehaviour, startModerationServer, startWebhookReceiver } from '@amigo/test-utils';
import { sessionDeps } from '../testing/session-fixtures.js';
import { Escalation } from './escalation.js';
import { ModerationSecondOpinion } from './moderation-second-opinion.js';
import { type DataPublisher, safetyNoticePublisher } from './safety-notice-publisher.js';
import { settleSessionSafety } from './settle-session-safety.js';
import { StreamEscalation } from './stream-escalation.js';
import { WebhookEscalation } from './webhook-escalation.js';

const USER = '6c1f0a3e-2b4d-4e8f-9a7b-5d3c2e1f0a9b';
// The crisis screen passes both turns (a test of the psychologist library checks the first).
const PASSED = 'Everything feels grey and I have stopped eating';
const NEXT = 'I just feel tired';
const ORDINARY = 'That sounds heavy. What has been going on?';
const NEXT_REPLY = 'Tell me more about the tiredness.';
const STREAM = 'amigo:test-escalations';

jest.setTimeout(60_000);
beforeAll(() => initializeLogger({ pretty: false, level: 'fatal' }));

class RecordingParticipant implements DataPublisher {
  readonly published: Uint8Array[] = [];
  async publishData(data: Uint8Array, options: Parameters<DataPublisher['publishData']>[1]): Promise<void> {
    expect(options.topic).toBe(SAFETY_NOTICE_TOPIC);
    this.published.push(data);
  }
}

function replies(run: voice.testing.RunResult): string[] {
  return run.events.flatMap((e) => (e.type === 'message' && e.item.role === 'assistant' ? [e.item.textContent ?? ''] : []));
}

describe('the moderation model as a second opinion in a worker session', () => {
  let redis: RedisMemoryServer;
  let redisUrl: string;
  let store: UserStore;
  let moderation: Awaited<ReturnType<typeof startModerationServer>>;
  let behaviour: ModerationBehaviour;
  let session: voice.AgentSession<SessionState> | undefined;

  beforeAll(async () => {
    redis = await RedisMemoryServer.create();
    redisUrl = `redis://${await redis.getHost()}:${await redis.getPort()}`;
    store = new UserStore({ url: redisUrl });
    moderation = await startModerationServer((input) => (input === PASSED ? behaviour : { categories: {} }));
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  afterAll(async () => {
    await moderation.close();
    await store.close();
    await redis.stop();
  });

  async function start(deps: ReturnType<typeof sessionDeps>, participant = new RecordingParticipant()) {
    const started = await prepareSession(JSON.stringify({ user_id: USER, time_zone: 'Asia/Kolkata' }), deps, [], {
      notify: safetyNoticePublisher(participant, 'person-identity', deps.logger),
      room: 'amigo-test-room',
    });
    session = new voice.AgentSession<SessionState>({
      llm: new voice.testing.FakeLLM([
        { input: PASSED, content: ORDINARY },
        { input: NEXT, content: NEXT_REPLY },
      ]),
      vad: null,
      userData: started.state,
      turnHandling: { turnDetection: 'manual' },
    });
    await session.start({ agent: started.agent });
    return { started, participant, session };
  }

  it('raises the session on a turn the screen passed, and the shutdown delivers the escalation to both sinks', async () => {
    behaviour = { categories: { 'self-harm': true, 'self-harm/intent': true } };
    const receiver = await startWebhookReceiver(() => 200);
    const deps = sessionDeps(store);
    const escalation = new Escalation(
      [new WebhookEscalation({ url: receiver.url, secret: 'operator-secret', attempts: 1 }), new StreamEscalation({ url: redisUrl, key: STREAM })],
      deps.logger,
    );
    const secondOpinion = new ModerationSecondOpinion({ apiKey: 'test-key', baseURL: moderation.baseURL, timeoutMs: 10_000 });
    const { started, participant, session: s } = await start({ ...deps, escalation, secondOpinion });

    const first = await s.run({ userInput: PASSED }).wait();
    expect(replies(first)).toEqual([ORDINARY]);

    // What the job's shutdown does: the opinion under way is waited for, then its escalation is delivered.
    await settleSessionSafety({ safety: started.safety, escalation, logger: deps.logger });
    const delivered = deps.logger.lines.filter((l) => l.message === 'safety escalation delivered').map((l) => (l.fields as { sink: string }).sink);
    expect(delivered.sort()).toEqual(['stream', 'webhook']);
    const [request] = receiver.received;
    expect(SafetyEscalation.parse(JSON.parse(request?.body ?? ''))).toMatchObject({
      event: { kinds: ['suicidal_intent', 'self_harm'], detected_by: 'moderation', response: 'full', helpline_country: 'IN' },
    });
    const reader = createClient({ url: redisUrl });
    await reader.connect();
    const entries = await reader.xRange(STREAM, '-', '+');
    await reader.close();
    expect(entries).toHaveLength(1);
    expect(SafetyNotice.parse(JSON.parse(new TextDecoder().decode(participant.published[0])))).toMatchObject({ kinds: ['suicidal_intent', 'self_harm'] });

    const second = await s.run({ userInput: NEXT }).wait();
    expect(replies(second)[0]).toMatch(/^Thank you for telling me\..*1 4 4 1 6.*Tell me more about the tiredness\.$/s);
    expect(started.state.safety_events).toHaveLength(1);

    const logged = JSON.stringify(deps.logger.lines);
    expect(logged).not.toContain('grey');
    expect(logged).not.toContain(USER);
    expect(moderation.requests.map((r) => r.body.input)).toContain(PASSED);
    await escalation.close();
    await receiver.close();
  });

  it('does not keep the reply waiting for a slow endpoint, and the session carries on after its timeout', async () => {
    behaviour = 'hang';
    const deps = sessionDeps(store);
    const secondOpinion = new ModerationSecondOpinion({ apiKey: 'test-key', baseURL: moderation.baseURL, timeoutMs: 300 });
    const arrivedBefore = moderation.requests.length;
    const { started, session: s } = await start({ ...deps, secondOpinion });

    const first = await s.run({ userInput: PASSED }).wait();
    expect(replies(first)).toEqual([ORDINARY]);
    await moderation.arrived(arrivedBefore + 1);
    expect(moderation.held.at(-1)?.headersSent).toBe(false);

    await settleSessionSafety({ safety: started.safety, logger: deps.logger });
    expect(deps.logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', fields: expect.objectContaining({ second_opinion: 'moderation', error: 'ModerationError', code: 'timeout' }) }),
    );
    const second = await s.run({ userInput: NEXT }).wait();
    expect(replies(second)).toEqual([NEXT_REPLY]);
    expect(started.state.safety_events).toEqual([]);
  });

  it.each([
    [{ status: 500 }, 'rejected'],
    [{ raw: 'not json {' }, 'malformed'],
  ] as const)('carries on when the endpoint fails (%j)', async (failing, code) => {
    behaviour = failing;
    const deps = sessionDeps(store);
    // Generous, so that a busy machine cannot turn the failure under test into a time-out.
    const secondOpinion = new ModerationSecondOpinion({ apiKey: 'test-key', baseURL: moderation.baseURL, timeoutMs: 30_000 });
    const { started, session: s } = await start({ ...deps, secondOpinion });

    expect(replies(await s.run({ userInput: PASSED }).wait())).toEqual([ORDINARY]);
    await settleSessionSafety({ safety: started.safety, logger: deps.logger });
    expect(replies(await s.run({ userInput: NEXT }).wait())).toEqual([NEXT_REPLY]);

    expect(started.state.safety_events).toEqual([]);
    expect(deps.logger.lines).toContainEqual(expect.objectContaining({ fields: expect.objectContaining({ error: 'ModerationError', code }) }));
    expect(JSON.stringify(deps.logger.lines)).not.toContain('grey');
  });
});
