import { createServer, type Server, type Socket } from 'node:net';
import { IntakeAgent, PsychologistAgent, type SessionState, UPDATE_PERSONALITY_XRAY } from '@amigo/psychologist';
import { UserStore } from '@amigo/user-store';
import { initializeLogger, voice } from '@livekit/agents';
import { createClient } from 'redis';
import { RedisMemoryServer } from 'redis-memory-server';
import { computedProfile, sessionDeps } from '../testing/session-fixtures.js';
import { prepareSession } from './prepare-session.js';

const USER = '3f2b8c4a-9d1e-4f6a-8b7c-1e2d3c4b5a69';
const OTHER = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

type Client = ReturnType<typeof createClient>;

jest.setTimeout(120_000);
beforeAll(() => initializeLogger({ pretty: false, level: 'fatal' }));

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function startSession(agent: voice.Agent<SessionState>, state: SessionState, llm: voice.testing.FakeLLM) {
  const session = new voice.AgentSession<SessionState>({ llm, vad: null, userData: state, turnHandling: { turnDetection: 'manual' } });
  await session.start({ agent });
  return session;
}

describe('prepareSession against a real Redis', () => {
  let redis: RedisMemoryServer;
  let url: string;
  let raw: Client;
  let store: UserStore;

  beforeAll(async () => {
    redis = await RedisMemoryServer.create();
    url = `redis://${await redis.getHost()}:${await redis.getPort()}`;
    raw = createClient({ url });
    await raw.connect();
    store = new UserStore({ url });
  });
  afterAll(async () => {
    await store.close();
    await raw.quit();
    await redis.stop();
  });
  beforeEach(async () => {
    await raw.flushAll();
  });

  const profileKey = async () => {
    const keys = (await raw.keys('*')).filter((k) => k.includes(':profile'));
    expect(keys).toHaveLength(1);
    return keys[0] as string;
  };

  it('starts a returning user with the PsychologistAgent, state filled, TTL refreshed, history restored', async () => {
    const deps = sessionDeps(store);
    const { kundali, xray } = await computedProfile(deps);
    await store.saveUserData(USER, kundali, xray);
    const key = await profileKey();
    await raw.expire(key, 100);

    const history = [
      { role: 'user' as const, content: 'Last time we talked about my sister.' },
      { role: 'assistant' as const, content: 'Yes, and how you felt unheard.' },
    ];
    const start = await prepareSession(JSON.stringify({ user_id: USER }), deps, history);

    expect(start.decision.kind).toBe('returning');
    expect(start.agent).toBeInstanceOf(PsychologistAgent);
    expect(start.state).toMatchObject({ user_id: USER, personality_xray: xray });
    expect(start.state.kundali ?? undefined).toBeUndefined();
    expect(await raw.ttl(key)).toBeGreaterThan(7_000_000);
    // Restored as one marked user note: the browser's "assistant" lines are not taken for Amigo's own turns.
    const restored = start.agent.chatCtx.items.flatMap((i) => (i.type === 'message' ? [[i.role, i.textContent]] : []));
    expect(restored).toEqual([['user', expect.stringContaining(JSON.stringify(history[1]?.content))]]);
    expect(restored[0]?.[1]).toContain(JSON.stringify(history[0]?.content));
  });

  it('takes a new user through intake to a saved profile and a handoff that keeps the conversation', async () => {
    const deps = sessionDeps(store);
    const start = await prepareSession(JSON.stringify({ user_id: USER }), deps);
    expect(start.decision).toEqual({ kind: 'intake', userId: USER, reason: 'not_found' });
    expect(start.agent).toBeInstanceOf(IntakeAgent);

    const llm = new voice.testing.FakeLLM([
      { input: '15 August 1990', toolCalls: [{ name: 'record_birth_date', args: { answer: '15 August 1990' } }] },
      { input: 'quarter past six in the morning', toolCalls: [{ name: 'record_birth_time', args: { answer: 'quarter past six in the morning' } }] },
      { input: 'Pune', toolCalls: [{ name: 'record_birth_place', args: { answer: 'Pune' } }] },
      { input: 'yes', toolCalls: [{ name: 'confirm_birth_details', args: {} }] },
    ]);
    const session = await startSession(start.agent, start.state, llm);
    try {
      for (const answer of ['15 August 1990', 'quarter past six in the morning', 'Pune', 'yes']) {
        await session.run({ userInput: answer }).wait();
      }
      await until(() => session.currentAgent instanceof PsychologistAgent);
      const stored = await store.loadUserData(USER);
      expect(stored).toEqual({ kundali: start.state.kundali, xray: start.state.personality_xray });
      expect(stored?.kundali.ascendant).toBe((await computedProfile(deps)).kundali.ascendant);
      const carried = session.currentAgent.chatCtx.items.flatMap((i) => (i.type === 'message' ? [i.textContent] : []));
      expect(carried).toEqual(expect.arrayContaining(['15 August 1990', 'Pune', 'yes']));
    } finally {
      await session.close();
    }
  });

  it('persists the X-Ray the psychologist regenerates for a new focus', async () => {
    const deps = sessionDeps(store);
    const { kundali, xray } = await computedProfile(deps);
    await store.saveUserData(USER, kundali, xray);
    const start = await prepareSession(JSON.stringify({ user_id: USER }), deps);
    const llm = new voice.testing.FakeLLM([
      { input: 'Work is all I think about lately', toolCalls: [{ name: UPDATE_PERSONALITY_XRAY, args: { focus_topic: 'career' } }] },
    ]);
    const session = await startSession(start.agent, start.state, llm);
    try {
      const result = await session.run({ userInput: 'Work is all I think about lately' }).wait();
      result.expect.containsFunctionCall({ name: UPDATE_PERSONALITY_XRAY });
      const stored = await store.loadUserData(USER);
      expect(stored?.xray.focus_topic).toBe('Career');
      expect(stored?.xray).toEqual(start.state.personality_xray);
      expect(stored?.kundali).toEqual(kundali);
    } finally {
      await session.close();
    }
  });

  const oneMegabyte = JSON.stringify({ user_id: USER, conversation_history: [{ role: 'user', content: 'x'.repeat(1024 * 1024) }] });
  it.each([
    ['not JSON', `{user_id: ${USER}`],
    ['an array', JSON.stringify([USER])],
    ['a number id', JSON.stringify({ user_id: 42 })],
    ['a nested id', JSON.stringify({ user_id: { $ne: null } })],
    ['1 MB', oneMegabyte],
    ['a non-UUID id', JSON.stringify({ user_id: 'alice' })],
    ['a key pattern', JSON.stringify({ user_id: '*' })],
    ['a key-injection id', JSON.stringify({ user_id: `${OTHER}:kundali` })],
    ['a command-injection id', JSON.stringify({ user_id: `${OTHER}\r\nFLUSHALL\r\n` })],
    ['a conversation history, which never travels in the token', JSON.stringify({ user_id: OTHER, conversation_history: [{ role: 'user', content: 'hi' }] })],
    ['an unknown key', JSON.stringify({ user_id: OTHER, room: 'other' })],
  ])('treats metadata with %s as a new, history-less user without touching the store', async (_, metadata) => {
    const deps = sessionDeps(store);
    const { kundali, xray } = await computedProfile(deps);
    await store.saveUserData(OTHER, kundali, xray);
    const before = await raw.keys('*');

    const start = await prepareSession(metadata, deps);

    expect(start.decision).toEqual({ kind: 'intake', reason: 'no_user_id' });
    expect(start.agent).toBeInstanceOf(IntakeAgent);
    expect(start.state.user_id ?? undefined).toBeUndefined();
    expect(start.agent.chatCtx.items).toHaveLength(0);
    expect(await raw.keys('*')).toEqual(before);
    await expect(store.loadUserData(OTHER)).resolves.toEqual({ kundali, xray });
    const logged = JSON.stringify(deps.logger.lines);
    expect(deps.logger.lines).toEqual([
      expect.objectContaining({ level: 'warn', fields: { problem: expect.any(String) } }),
      expect.objectContaining({ level: 'info', fields: { route: 'intake', reason: 'no_user_id' } }),
    ]);
    expect(logged).not.toContain(OTHER);
    expect(logged).not.toContain(USER);
  });

  it('sends a user with a corrupted stored profile to intake and leaves the stored value as it was', async () => {
    const deps = sessionDeps(store);
    const { kundali, xray } = await computedProfile(deps);
    await store.saveUserData(USER, kundali, xray);
    const key = await profileKey();
    await raw.del(key);
    await raw.set(key, 'p1\n{"ascendant": garbage');
    await raw.set(`amigo:user:${OTHER}:kundali`, '{not json');
    await raw.set(`amigo:user:${OTHER}:xray`, JSON.stringify(xray));

    const start = await prepareSession(JSON.stringify({ user_id: USER }), deps);
    expect(start.decision).toMatchObject({ kind: 'intake', reason: 'store_error' });
    expect(start.agent).toBeInstanceOf(IntakeAgent);
    // Python-era keys are not looked up per load unless AMIGO_LEGACY_FALLBACK is set: left for the migration pass.
    const other = await prepareSession(JSON.stringify({ user_id: OTHER }), deps);
    expect(other.decision).toMatchObject({ kind: 'intake', reason: 'not_found' });
    expect(await raw.get(key)).toBe('p1\n{"ascendant": garbage');
    expect(await raw.get(`amigo:user:${OTHER}:kundali`)).toBe('{not json');
    expect(JSON.stringify(deps.logger.lines)).not.toContain(USER);
  });

  it('starts a user whose stored kundali alone is unreadable with the psychologist; a focus shift keeps the X-Ray and the stored value', async () => {
    const deps = sessionDeps(store);
    const { kundali, xray } = await computedProfile(deps);
    await store.saveUserData(USER, kundali, xray);
    const key = await profileKey();
    await raw.hSet(key, 'kundali', '{"ascendant": garbage');
    const damaged = await raw.hGetAll(key);

    const start = await prepareSession(JSON.stringify({ user_id: USER }), deps);
    expect(start.decision.kind).toBe('returning');
    const llm = new voice.testing.FakeLLM([
      { input: 'Work is all I think about lately', toolCalls: [{ name: UPDATE_PERSONALITY_XRAY, args: { focus_topic: 'career' } }] },
    ]);
    const session = await startSession(start.agent, start.state, llm);
    try {
      const result = await session.run({ userInput: 'Work is all I think about lately' }).wait();
      result.expect.containsFunctionCall({ name: UPDATE_PERSONALITY_XRAY });
      expect(start.state.personality_xray).toEqual(xray);
      expect(await raw.hGetAll(key)).toEqual(damaged);
      expect(JSON.stringify(deps.logger.lines)).not.toContain(USER);
    } finally {
      await session.close();
    }
  });
});

describe('prepareSession when Redis is unusable', () => {
  const deadlineMs = 200;

  it('starts intake within the deadline when Redis has stopped', async () => {
    const redis = await RedisMemoryServer.create();
    const url = `redis://${await redis.getHost()}:${await redis.getPort()}`;
    const store = new UserStore({ url, timeoutMs: 5_000 });
    try {
      await store.connect();
      await redis.stop();
      const deps = sessionDeps(store, deadlineMs);
      const started = performance.now();
      const start = await prepareSession(JSON.stringify({ user_id: USER }), deps);
      expect(performance.now() - started).toBeLessThan(deadlineMs + 250);
      expect(start.decision).toMatchObject({ kind: 'intake', userId: USER });
      expect(start.agent).toBeInstanceOf(IntakeAgent);
      expect(deps.logger.lines.map((l) => l.level)).toContain('warn');
    } finally {
      await store.close().catch(() => undefined);
    }
  });

  it('starts intake within the deadline when the server accepts connections but never answers', async () => {
    const sockets: Socket[] = [];
    const server: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const store = new UserStore({ url: `redis://127.0.0.1:${address.port}`, timeoutMs: 5_000 });
    try {
      const deps = sessionDeps(store, deadlineMs);
      const started = performance.now();
      const start = await prepareSession(JSON.stringify({ user_id: USER }), deps);
      expect(performance.now() - started).toBeLessThan(deadlineMs + 250);
      expect(start.decision).toEqual({ kind: 'intake', userId: USER, reason: 'timeout' });
      expect(start.agent).toBeInstanceOf(IntakeAgent);
    } finally {
      sockets.forEach((s) => s.destroy());
      await store.close().catch(() => undefined);
      server.close();
    }
  });
});
