import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { startRedis } from '../../testing/local-redis.js';
import { RecordingLogger } from '@amigo/test-utils';
import { sampleKundali, sampleXRay } from '../../testing/sample-profiles.js';
import { startSilentServer } from '../../testing/silent-server.js';
import { InvalidUserIdError } from '@amigo/contracts';
import { UserStoreUnavailableError } from '../errors/user-store-error.js';
import { UserStore } from './user-store.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(async () => {
  // Give late rejections of abandoned commands a chance to surface before checking.
  await new Promise((resolve) => setTimeout(resolve, 200));
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

const operations = (store: UserStore, user: string) => ({
  save: () => store.saveUserData(user, sampleKundali, sampleXRay),
  load: () => store.loadUserData(user),
  has: () => store.hasUserData(user),
  updateXRay: () => store.updateXRay(user, sampleXRay),
  delete: () => store.deleteUserData(user),
});

async function elapsed(work: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const start = performance.now();
  const error = await work().then(() => undefined, (e: unknown) => e);
  return { ms: performance.now() - start, error };
}

describe('UserStore failure behaviour', () => {
  it.each([
    ['empty', ''],
    ['not a uuid', 'alice'],
    ['a glob', '*'],
    ['a uuid with an injected command', `${randomUUID()}\r\nFLUSHALL`],
    ['a uuid with a hash tag', `{${randomUUID()}}`],
    ['a uuid with a key separator', `${randomUUID()}:kundali`],
    ['a number', 42],
    ['undefined', undefined],
  ])('rejects %s as user id without sending anything to Redis', async (_, id) => {
    const server = await startSilentServer();
    const store = new UserStore({ url: server.url, timeoutMs: 500, dataKeys: [], logger: new RecordingLogger() });
    try {
      for (const op of Object.values(operations(store, id as string))) {
        await expect(op()).rejects.toBeInstanceOf(InvalidUserIdError);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(server.connections()).toBe(0);
      expect(server.received()).toBe(0);
    } finally {
      await store.close();
      await server.stop();
    }
  });

  it('gives up on a server that accepts but never answers within timeoutMs', async () => {
    const server = await startSilentServer();
    // The server never answers, so any bound proves the store gave up; a wide one holds on a busy machine.
    const store = new UserStore({ url: server.url, timeoutMs: 1000, dataKeys: [], logger: new RecordingLogger() });
    try {
      for (const [name, op] of Object.entries(operations(store, randomUUID()))) {
        const { ms, error } = await elapsed(op);
        expect([name, error]).toEqual([name, expect.any(UserStoreUnavailableError)]);
        expect(ms).toBeGreaterThanOrEqual(990);
        expect(ms).toBeLessThan(8000);
      }
      expect(server.connections()).toBe(1);
    } finally {
      const { ms } = await elapsed(() => store.close());
      expect(ms).toBeLessThan(8000);
      await server.stop();
    }
  }, 90_000);

  it('times out on a connected Redis that stalls, then answers correctly again', async () => {
    const { server, url } = await startRedis();
    const admin = createClient({ url });
    admin.on('error', () => undefined);
    await admin.connect();
    const store = new UserStore({ url, timeoutMs: 1000, dataKeys: [], logger: new RecordingLogger() });
    const [a, b] = [randomUUID(), randomUUID()];
    try {
      await store.saveUserData(a, { ...sampleKundali, ascendant: 'Aries' }, sampleXRay);
      await store.saveUserData(b, { ...sampleKundali, ascendant: 'Taurus' }, sampleXRay);
      const pausedAt = performance.now();
      await admin.clientPause(8000, 'ALL');
      const { error } = await elapsed(() => store.loadUserData(a));
      expect(error).toBeInstanceOf(UserStoreUnavailableError);
      // It gave up while Redis was still paused, not when Redis answered.
      expect(performance.now() - pausedAt).toBeLessThan(8000);
      // The admin's own command waits out the pause: afterwards the late reply has reached the store.
      await admin.ping();
      // The late reply to the abandoned command must not be taken for the answer to this one.
      expect((await store.loadUserData(b))?.kundali.ascendant).toBe('Taurus');
      expect((await store.loadUserData(a))?.kundali.ascendant).toBe('Aries');
    } finally {
      await store.close();
      await admin.close();
      await server.stop();
    }
  });

  it('fails fast with a typed error when nothing listens', async () => {
    const server = await startSilentServer();
    const url = server.url;
    await server.stop();
    const logger = new RecordingLogger();
    const store = new UserStore({ url, timeoutMs: 20_000, dataKeys: [], logger });
    try {
      for (const op of Object.values(operations(store, randomUUID()))) {
        const { ms, error } = await elapsed(op);
        expect(error).toBeInstanceOf(UserStoreUnavailableError);
        expect(ms).toBeLessThan(10_000);
      }
      expect(logger.lines.map((e) => e.message)).toEqual(['redis connection error']);
    } finally {
      await store.close();
    }
  });

  it('gives up within timeoutMs when no cluster seed node answers', async () => {
    const server = await startSilentServer();
    const url = server.url;
    await server.stop();
    const store = new UserStore({ url, cluster: true, timeoutMs: 2000, dataKeys: [], logger: new RecordingLogger() });
    try {
      for (const op of Object.values(operations(store, randomUUID()))) {
        const { ms, error } = await elapsed(op);
        expect(error).toBeInstanceOf(UserStoreUnavailableError);
        expect(ms).toBeLessThan(10_000);
      }
    } finally {
      await store.close();
    }
  });

  it('fails fast when Redis stops mid-way, and recovers when it is back', async () => {
    const { server, url } = await startRedis();
    const store = new UserStore({ url, timeoutMs: 20_000, dataKeys: [], logger: new RecordingLogger() });
    const user = randomUUID();
    try {
      await store.saveUserData(user, sampleKundali, sampleXRay);
      expect(await store.loadUserData(user)).not.toBeNull();

      await server.stop();
      for (const op of Object.values(operations(store, user))) {
        const { ms, error } = await elapsed(op);
        expect(error).toBeInstanceOf(UserStoreUnavailableError);
        expect(ms).toBeLessThan(10_000);
      }

      // Restarting the same instance reuses its port.
      await server.start();
      try {
        let loaded: unknown;
        const deadline = Date.now() + 30_000;
        while (Date.now() < deadline) {
          loaded = await store.hasUserData(user).catch((e: unknown) => e);
          if (loaded === false) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        // The restarted server is empty: the store reconnected by itself and answers again.
        expect(loaded).toBe(false);
      } finally {
        await store.close();
        await server.stop();
      }
    } finally {
      await store.close();
    }
  }, 90_000);

  it('shares a client it was given and leaves it open on close', async () => {
    const { server, url } = await startRedis();
    const client = createClient({ url });
    client.on('error', () => undefined);
    try {
      const store = new UserStore({ client, dataKeys: [], logger: new RecordingLogger() });
      const user = randomUUID();
      await store.saveUserData(user, sampleKundali, sampleXRay);
      expect(client.isOpen).toBe(true);
      await store.close();
      expect(client.isReady).toBe(true);
      expect(await new UserStore({ client, dataKeys: [] }).loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
    } finally {
      client.destroy();
      await server.stop();
    }
  });

  it('refuses to work after close', async () => {
    const { server, url } = await startRedis();
    const store = new UserStore({ url, dataKeys: [], logger: new RecordingLogger() });
    try {
      await store.connect();
      await store.close();
      await expect(store.loadUserData(randomUUID())).rejects.toBeInstanceOf(UserStoreUnavailableError);
    } finally {
      await server.stop();
    }
  });
});
