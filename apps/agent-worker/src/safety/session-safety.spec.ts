import { SAFETY_NOTICE_TOPIC, SafetyEscalation, SafetyNotice } from '@amigo/contracts';
import type { SessionState } from '@amigo/psychologist';
import { UserStore } from '@amigo/user-store';
import { initializeLogger, voice } from '@livekit/agents';
import { RedisMemoryServer } from 'redis-memory-server';
import { prepareSession } from '../session/prepare-session.js';
import { sessionDeps } from '../testing/session-fixtures.js';
import { startWebhookReceiver } from '@amigo/test-utils';
import { Escalation } from './escalation.js';
import { type DataPublisher, safetyNoticePublisher } from './safety-notice-publisher.js';
import { WebhookEscalation } from './webhook-escalation.js';

const USER = '6c1f0a3e-2b4d-4e8f-9a7b-5d3c2e1f0a9b';
const CRISIS = 'I want to kill myself';

jest.setTimeout(60_000);
beforeAll(() => initializeLogger({ pretty: false, level: 'fatal' }));

/** The room's local participant as far as publishing goes: keeps what was published, and how. */
class RecordingParticipant implements DataPublisher {
  readonly published: Array<{ data: Uint8Array; options: Parameters<DataPublisher['publishData']>[1] }> = [];
  async publishData(data: Uint8Array, options: Parameters<DataPublisher['publishData']>[1]): Promise<void> {
    this.published.push({ data, options });
  }
}

function replies(run: voice.testing.RunResult): string[] {
  return run.events.flatMap((e) => (e.type === 'message' && e.item.role === 'assistant' ? [e.item.textContent ?? ''] : []));
}

describe('a session’s safety events: the notice to the app and the escalation to operators', () => {
  let redis: RedisMemoryServer;
  let store: UserStore;
  let session: voice.AgentSession<SessionState> | undefined;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;

  beforeAll(async () => {
    redis = await RedisMemoryServer.create();
    store = new UserStore({ url: `redis://${await redis.getHost()}:${await redis.getPort()}` });
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
    await receiver?.close();
    receiver = undefined;
  });
  afterAll(async () => {
    await store.close();
    await redis.stop();
  });

  async function run(metadata: object, deps: ReturnType<typeof sessionDeps>, participant: RecordingParticipant) {
    const start = await prepareSession(JSON.stringify(metadata), deps, [], {
      notify: safetyNoticePublisher(participant, 'person-identity', deps.logger),
      room: 'amigo-test-room',
    });
    session = new voice.AgentSession<SessionState>({
      llm: new voice.testing.FakeLLM([]),
      vad: null,
      userData: start.state,
      turnHandling: { turnDetection: 'manual' },
    });
    await session.start({ agent: start.agent });
    return { start, result: await session.run({ userInput: CRISIS }).wait() };
  }

  it('offers the helplines of the person’s time zone, shows them in the app, and escalates without waiting for the webhook', async () => {
    receiver = await startWebhookReceiver(() => undefined);
    const deps = sessionDeps(store);
    const escalation = new Escalation([new WebhookEscalation({ url: receiver.url, secret: 'operator-secret', timeoutMs: 30_000, attempts: 1 })], deps.logger);
    const participant = new RecordingParticipant();

    const { start, result } = await run({ user_id: USER, locale: 'en-US', time_zone: 'Asia/Singapore' }, { ...deps, escalation }, participant);

    // The reply is complete while the operator's webhook still holds the request open.
    expect(replies(result)[0]).toContain('mindline 1 7 7 1');
    expect(start.state.country).toBe('SG');
    const [request] = await receiver.requests(1);
    expect(request?.response.headersSent).toBe(false);

    const escalated = SafetyEscalation.parse(JSON.parse(request?.body ?? ''));
    expect(escalated).toMatchObject({ user_ref: deps.userRef(USER), room: 'amigo-test-room', event: { kinds: ['suicidal_intent'], helpline_country: 'SG' } });
    expect(request?.body).not.toContain(USER);
    expect(request?.body).not.toContain('kill');

    expect(participant.published).toHaveLength(1);
    const [sent] = participant.published;
    expect(sent?.options).toEqual({ reliable: true, topic: SAFETY_NOTICE_TOPIC, destination_identities: ['person-identity'] });
    const notice = SafetyNotice.parse(JSON.parse(new TextDecoder().decode(sent?.data)));
    expect(notice).toMatchObject({ country: 'SG', kinds: ['suicidal_intent'], emergency: '995 (ambulance), 999 (police)' });
    expect(notice.helplines.map((h) => h.numbers[0])).toEqual(['1771', '1767']);
  });

  it('falls back to the configured default country when the app says nothing about where the person is', async () => {
    const deps = { ...sessionDeps(store), defaultCountry: 'GB' };
    const participant = new RecordingParticipant();

    const { start, result } = await run({}, deps, participant);

    expect(start.state.country).toBe('GB');
    expect(replies(result)[0]).toContain('Samaritans');
    expect(SafetyNotice.parse(JSON.parse(new TextDecoder().decode(participant.published[0]?.data))).country).toBe('GB');
  });

  it('carries on when the app cannot be reached', async () => {
    const deps = sessionDeps(store);
    const failing: DataPublisher = { publishData: () => Promise.reject(new Error('data channel closed')) };
    const start = await prepareSession(JSON.stringify({ time_zone: 'Asia/Kolkata' }), deps, [], {
      notify: safetyNoticePublisher(failing, 'person-identity', deps.logger),
    });
    session = new voice.AgentSession<SessionState>({ llm: new voice.testing.FakeLLM([]), vad: null, userData: start.state });
    await session.start({ agent: start.agent });

    const result = await session.run({ userInput: CRISIS }).wait();

    expect(replies(result)[0]).toContain('1 4 4 1 6');
    await new Promise((r) => setImmediate(r));
    expect(deps.logger.lines.some((l) => l.message === 'safety notice not delivered to the app')).toBe(true);
  });
});
