import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import type { RedisMemoryServer } from 'redis-memory-server';
import { startRedis } from '../../testing/local-redis.js';
import { RecordingLogger } from '../../testing/recording-logger.js';
import { legacyKundaliJson, legacyXRayJson, sampleKundali, sampleXRay } from '../../testing/sample-profiles.js';
import { UserStore } from './user-store.js';
import type { MaintenanceProgress, UserStoreOptions } from './user-store-options.js';

const TTL = 1000;
let server: RedisMemoryServer;
let url: string;
let admin: ReturnType<typeof createClient>;
const stores: UserStore[] = [];

function newStore(options: UserStoreOptions = {}): UserStore {
  const store = new UserStore({ url, ttlSeconds: TTL, timeoutMs: 20_000, logger: new RecordingLogger(), ...options });
  stores.push(store);
  return store;
}

beforeAll(async () => {
  ({ server, url } = await startRedis());
  admin = createClient({ url });
  admin.on('error', () => undefined);
  await admin.connect();
});

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await admin.flushAll();
});

afterAll(async () => {
  await admin.close();
  await server.stop();
});

/** Runs a pass that stops after its first batch, as a killed process would, then resumes it from the saved cursor. */
async function interruptedThenResumed(run: (options: { cursor?: string; onProgress: (p: MaintenanceProgress) => void }) => Promise<MaintenanceProgress>) {
  let saved: string | undefined;
  const interrupted = await run({
    onProgress: (progress) => {
      saved = progress.cursor;
      throw new Error('interrupted');
    },
  }).catch((e: unknown) => e);
  expect(interrupted).toEqual(new Error('interrupted'));
  expect(saved).toBeDefined();
  expect(saved).not.toBe('0');
  return run({ cursor: saved, onProgress: () => undefined });
}

describe('Python-era keys', () => {
  const spellings = (id: string, i: number) => [id, id.toUpperCase(), id.slice(0, 8).toUpperCase() + id.slice(8)][i % 3];

  async function writeLegacy(id: string, kundali = legacyKundaliJson, xray = legacyXRayJson) {
    await admin.set(`amigo:user:${id}:kundali`, kundali);
    await admin.set(`amigo:user:${id}:xray`, xray);
  }

  it('are not looked up on load by default', async () => {
    const user = randomUUID();
    await writeLegacy(user);
    expect(await newStore().loadUserData(user)).toBeNull();
    expect(await newStore().hasUserData(user)).toBe(false);
    expect(await admin.keys('amigo:user:*')).toHaveLength(2);
  });

  it('in either spelling of the id are found by the opt-in per-load fallback and deleted with the user', async () => {
    const store = newStore({ legacyFallback: true });
    const [lower, upper] = [randomUUID(), randomUUID()];
    await writeLegacy(lower);
    await writeLegacy(upper.toUpperCase());
    expect(await store.loadUserData(upper)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
    expect(await store.loadXRay(lower.toUpperCase())).toEqual(sampleXRay);
    expect(await admin.keys('amigo:user:*')).toEqual([]);

    const forgotten = randomUUID();
    await writeLegacy(forgotten.toUpperCase());
    expect(await newStore().deleteUserData(forgotten)).toBe(true);
    expect(await admin.keys('amigo:user:*')).toEqual([]);
  });

  it('are migrated in one resumable pass, any spelling, honouring tombstones and keeping what is unreadable', async () => {
    const store = newStore();
    const users = Array.from({ length: 60 }, () => randomUUID());
    for (const [i, user] of users.entries()) await writeLegacy(spellings(user, i));
    const [incomplete, corrupt, forgotten, newer] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await admin.set(`amigo:user:${incomplete}:kundali`, legacyKundaliJson);
    await writeLegacy(corrupt, '{"ascendant":', legacyXRayJson);
    await store.saveUserData(forgotten, sampleKundali, sampleXRay);
    await store.deleteUserData(forgotten);
    await writeLegacy(forgotten);
    await store.saveUserData(newer, { ...sampleKundali, ascendant: 'Leo' }, sampleXRay);
    await writeLegacy(newer.toUpperCase());

    const report = await interruptedThenResumed((options) => store.migrateLegacyProfiles({ ...options, batchSize: 10 }));
    expect(report.cursor).toBe('0');
    expect(report.failed).toBe(1);

    for (const user of users) expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
    expect(await store.loadUserData(forgotten)).toBeNull();
    expect((await store.loadUserData(newer))?.kundali.ascendant).toBe('Leo');
    expect((await admin.keys('amigo:user:*')).sort()).toEqual(
      [`amigo:user:${corrupt}:kundali`, `amigo:user:${corrupt}:xray`, `amigo:user:${incomplete}:kundali`].sort(),
    );
    const [key] = await admin.keys('amigo:{*}:profile');
    expect(await admin.ttl(key)).toBeGreaterThan(TTL - 5);
  });

  it('are migrated sealed when data keys are configured', async () => {
    const store = newStore({ dataKeys: [randomBytes(32).toString('base64')] });
    const user = randomUUID();
    await writeLegacy(user.toUpperCase());
    await store.migrateLegacyProfiles();
    const [key] = await admin.keys('amigo:{*}:profile');
    expect(Object.values(await admin.hmGet(key, ['kundali', 'xray'])).every((v) => String(v).startsWith('enc:v1:'))).toBe(true);
    expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
  });
});

describe('re-encryption', () => {
  const [k1, k2] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];

  it('re-seals every profile under the newest key in one resumable pass, keeping TTLs', async () => {
    const users = Array.from({ length: 50 }, () => randomUUID());
    const [plain, old] = [newStore(), newStore({ dataKeys: [k1] })];
    for (const [i, user] of users.entries()) {
      await (i % 2 ? plain : old).saveUserData(user, { ...sampleKundali, ascendant: user }, sampleXRay);
    }
    const rotated = newStore({ dataKeys: [k2, k1], allowPlaintext: false });
    const report = await interruptedThenResumed((options) => rotated.reencryptProfiles({ ...options, batchSize: 10 }));
    expect(report).toMatchObject({ cursor: '0', failed: 0 });

    const onlyNew = newStore({ dataKeys: [k2] });
    for (const user of users) expect((await onlyNew.loadUserData(user))?.kundali.ascendant).toBe(user);
    for (const key of await admin.keys('amigo:{*}:profile')) {
      expect(await admin.ttl(key)).toBeGreaterThan(TTL - 60);
      expect(await admin.ttl(key)).toBeLessThanOrEqual(TTL);
    }
    // A second pass finds nothing left to do.
    expect(await rotated.reencryptProfiles()).toMatchObject({ cursor: '0', rewritten: 0 });
  });
});
