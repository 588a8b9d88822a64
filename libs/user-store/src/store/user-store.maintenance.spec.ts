import { randomBytes, randomUUID } from 'node:crypto';
import { useRedisSuite } from '../../testing/redis-suite.js';
import { legacyKundaliJson, legacyXRayJson, sampleKundali, sampleXRay } from '../../testing/sample-profiles.js';
import type { MaintenanceProgress } from './user-store-options.js';

const TTL = 1000;
const redis = useRedisSuite({ ttlSeconds: TTL, timeoutMs: 20_000 });

/**
 * Runs a pass that stops after its first batch, as a killed process would, then resumes it from the saved cursor.
 * Reports the resumed pass with the counts of both parts: which keys the first batch holds is up to SCAN.
 */
async function interruptedThenResumed(run: (options: { cursor?: string; onProgress: (p: MaintenanceProgress) => void }) => Promise<MaintenanceProgress>) {
  let saved: MaintenanceProgress | undefined;
  const interrupted = await run({
    onProgress: (progress) => {
      saved = progress;
      throw new Error('interrupted');
    },
  }).catch((e: unknown) => e);
  expect(interrupted).toEqual(new Error('interrupted'));
  if (saved === undefined) throw new Error('the pass reported no progress');
  expect(saved.cursor).not.toBe('0');
  const resumed = await run({ cursor: saved.cursor, onProgress: () => undefined });
  return {
    cursor: resumed.cursor,
    scanned: saved.scanned + resumed.scanned,
    rewritten: saved.rewritten + resumed.rewritten,
    failed: saved.failed + resumed.failed,
  };
}

describe('Python-era keys', () => {
  const spellings = (id: string, i: number) => [id, id.toUpperCase(), id.slice(0, 8).toUpperCase() + id.slice(8)][i % 3];

  async function writeLegacy(id: string, kundali = legacyKundaliJson, xray = legacyXRayJson) {
    await redis.admin.set(`amigo:user:${id}:kundali`, kundali);
    await redis.admin.set(`amigo:user:${id}:xray`, xray);
  }

  it('are not looked up on load by default', async () => {
    const user = randomUUID();
    await writeLegacy(user);
    expect(await redis.store().loadUserData(user)).toBeNull();
    expect(await redis.store().hasUserData(user)).toBe(false);
    expect(await redis.admin.keys('amigo:user:*')).toHaveLength(2);
  });

  it('in either spelling of the id are found by the opt-in per-load fallback and deleted with the user', async () => {
    const store = redis.store({ legacyFallback: true });
    const [lower, upper] = [randomUUID(), randomUUID()];
    await writeLegacy(lower);
    await writeLegacy(upper.toUpperCase());
    expect(await store.loadUserData(upper)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
    expect(await store.loadXRay(lower.toUpperCase())).toEqual(sampleXRay);
    expect(await redis.admin.keys('amigo:user:*')).toEqual([]);

    const forgotten = randomUUID();
    await writeLegacy(forgotten.toUpperCase());
    expect(await redis.store().deleteUserData(forgotten)).toBe(true);
    expect(await redis.admin.keys('amigo:user:*')).toEqual([]);
  });

  it('are migrated in one resumable pass, any spelling, honouring tombstones and keeping what is unreadable', async () => {
    const store = redis.store();
    const users = Array.from({ length: 60 }, () => randomUUID());
    for (const [i, user] of users.entries()) await writeLegacy(spellings(user, i));
    const [incomplete, corrupt, forgotten, newer] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await redis.admin.set(`amigo:user:${incomplete}:kundali`, legacyKundaliJson);
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
    expect((await redis.admin.keys('amigo:user:*')).sort()).toEqual(
      [`amigo:user:${corrupt}:kundali`, `amigo:user:${corrupt}:xray`, `amigo:user:${incomplete}:kundali`].sort(),
    );
    const [key] = await redis.admin.keys('amigo:{*}:profile');
    expect(await redis.admin.ttl(key)).toBeGreaterThan(TTL - 5);
  });

  it('are migrated sealed when data keys are configured', async () => {
    const store = redis.store({ dataKeys: [randomBytes(32).toString('base64')] });
    const user = randomUUID();
    await writeLegacy(user.toUpperCase());
    await store.migrateLegacyProfiles();
    const [key] = await redis.admin.keys('amigo:{*}:profile');
    expect(Object.values(await redis.admin.hmGet(key, ['kundali', 'xray'])).every((v) => String(v).startsWith('enc:v1:'))).toBe(true);
    expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
  });
});

describe('re-encryption', () => {
  const [k1, k2] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];

  it('re-seals every profile under the newest key in one resumable pass, keeping TTLs', async () => {
    const users = Array.from({ length: 50 }, () => randomUUID());
    const [plain, old] = [redis.store(), redis.store({ dataKeys: [k1] })];
    for (const [i, user] of users.entries()) {
      await (i % 2 ? plain : old).saveUserData(user, { ...sampleKundali, ascendant: user }, sampleXRay);
    }
    const rotated = redis.store({ dataKeys: [k2, k1], allowPlaintext: false });
    const report = await interruptedThenResumed((options) => rotated.reencryptProfiles({ ...options, batchSize: 10 }));
    expect(report).toMatchObject({ cursor: '0', failed: 0 });

    const onlyNew = redis.store({ dataKeys: [k2] });
    for (const user of users) expect((await onlyNew.loadUserData(user))?.kundali.ascendant).toBe(user);
    for (const key of await redis.admin.keys('amigo:{*}:profile')) {
      expect(await redis.admin.ttl(key)).toBeGreaterThan(TTL - 60);
      expect(await redis.admin.ttl(key)).toBeLessThanOrEqual(TTL);
    }
    // A second pass finds nothing left to do.
    expect(await rotated.reencryptProfiles()).toMatchObject({ cursor: '0', rewritten: 0 });
  });
});
