import { silentLogger } from '@amigo/logging';
import { randomUUID } from 'node:crypto';
import { RedisMemoryServer } from 'redis-memory-server';
import { UserStore, UserStoreConfigError } from '@amigo/user-store';
import { createRateLimiter } from '../http/rate-limiter';
import { createForgetHandler, type ProfileEraser } from './forget-handler';

const ORIGIN = 'http://amigo.test:3000';
const kundali = {
  ascendant: 'Virgo',
  planets: [{ name: 'Sun', sign: 'Pisces', fullDegree: 350.5 }],
  dasha: { major: { planet: 'Saturn' } },
  ascendant_report: 'Analytical and detail-oriented.',
};
const xray = {
  core_identity: { archetype: 'The Analyst' },
  emotional_architecture: { attachment_style: 'Secure' },
  therapist_cheat_sheet: { recommended_modality: 'CBT' },
};

function forgetRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/profile`, {
    method: 'DELETE',
    headers: { host: 'amigo.test:3000', origin: ORIGIN, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const limiter = () => createRateLimiter({ name: 'forget', points: 100, durationSeconds: 60 });
const policy = () => ({ publicOrigin: ORIGIN, bodyDeadlineMs: 5_000 });

describe('DELETE /api/profile against a real Redis', () => {
  let server: RedisMemoryServer;
  let store: UserStore;

  beforeAll(async () => {
    server = await RedisMemoryServer.create();
    store = new UserStore({ url: `redis://${await server.getHost()}:${await server.getPort()}`, dataKeys: [] });
  });
  afterAll(async () => {
    await store.close();
    await server.stop();
  });

  it('deletes the stored profile and leaves other users alone', async () => {
    const user = randomUUID();
    const neighbour = randomUUID();
    await store.saveUserData(user, kundali, xray);
    await store.saveUserData(neighbour, kundali, xray);

    const response = await createForgetHandler({ store: () => store, limiter: limiter(), policy })(forgetRequest({ user_id: user }));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: true });
    expect(await store.loadUserData(user)).toBeNull();
    expect(await store.hasUserData(neighbour)).toBe(true);
  });

  it('answers deleted: false for a user with nothing stored, so a repeat is harmless', async () => {
    const response = await createForgetHandler({ store: () => store, limiter: limiter(), policy })(
      forgetRequest({ user_id: randomUUID() }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: false });
  });

  it('answers 400 for an id that is not a UUID and deletes nothing', async () => {
    const user = randomUUID();
    await store.saveUserData(user, kundali, xray);
    const response = await createForgetHandler({ store: () => store, limiter: limiter(), policy })(
      forgetRequest({ user_id: `${user}*` }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/user_id/);
    expect(await store.hasUserData(user)).toBe(true);
  });

  it('answers 403 to another origin and deletes nothing', async () => {
    const user = randomUUID();
    await store.saveUserData(user, kundali, xray);
    const response = await createForgetHandler({ store: () => store, limiter: limiter(), policy })(
      forgetRequest({ user_id: user }, { origin: 'https://evil.example' }),
    );
    expect(response.status).toBe(403);
    expect(await store.hasUserData(user)).toBe(true);
  });

  it('answers 429 once a client exhausts its bucket', async () => {
    const handler = createForgetHandler({
      store: () => store,
      limiter: createRateLimiter({ name: 'forget', points: 1, durationSeconds: 60 }),
      policy,
    });
    expect((await handler(forgetRequest({ user_id: randomUUID() }))).status).toBe(200);
    expect((await handler(forgetRequest({ user_id: randomUUID() }))).status).toBe(429);
  });
});

describe('DELETE /api/profile when storage fails', () => {
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers 503 when Redis cannot be reached', async () => {
    const closedPort = new UserStore({ url: 'redis://127.0.0.1:1', timeoutMs: 300, dataKeys: [], logger: silentLogger });
    try {
      const user = randomUUID();
      const response = await createForgetHandler({ store: () => closedPort, limiter: limiter(), policy })(
        forgetRequest({ user_id: user }),
      );
      expect(response.status).toBe(503);
      expect((await response.json()).error).toBe('storage_unavailable');
      expect(JSON.stringify(warn.mock.calls)).not.toContain(user);
    } finally {
      await closedPort.close();
    }
  });

  it('answers 503 when the store is misconfigured', async () => {
    const response = await createForgetHandler({
      store: () => {
        throw new UserStoreConfigError('AMIGO_DATA_KEY must be 32 bytes');
      },
      limiter: limiter(),
      policy,
    })(forgetRequest({ user_id: randomUUID() }));
    expect(response.status).toBe(503);
    expect((await response.json()).error).toBe('storage_not_configured');
    expect(error).toHaveBeenCalled();
  });

  it('answers 500 without details for an unexpected failure', async () => {
    const broken: ProfileEraser = { deleteUserData: async () => Promise.reject(new TypeError('boom at redis://secret@host')) };
    const response = await createForgetHandler({ store: () => broken, limiter: limiter(), policy })(
      forgetRequest({ user_id: randomUUID() }),
    );
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('secret');
    expect(JSON.stringify(error.mock.calls)).not.toContain('secret');
  });
});
