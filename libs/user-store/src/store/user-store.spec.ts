import { randomBytes, randomUUID } from 'node:crypto';
import { useRedisSuite } from '../../testing/redis-suite.js';
import { RecordingLogger } from '@amigo/test-utils';
import { legacyKundaliJson, legacyXRayJson, realisticProfile, sampleKundali, sampleXRay } from '../../testing/sample-profiles.js';
import { XRAY_LIMITS } from '@amigo/contracts';
import {
  CorruptProfileError,
  InvalidProfileError,
  PlaintextRefusedError,
  UserStoreConfigError,
  ValueTooLargeError,
} from '../errors/user-store-error.js';
import { UserStore } from './user-store.js';

const TTL = 1000;
const redis = useRedisSuite({ ttlSeconds: TTL, dataKeys: [] });

/** The fields of a stored profile hash. */
async function stored(key: string): Promise<Record<string, string>> {
  const fields = await redis.admin.hGetAll(key);
  expect(Object.keys(fields).sort()).toEqual(['kundali', 'kundaliKey', 'version', 'xray']);
  return fields;
}

const profileKeys = () => redis.admin.keys('amigo:{*}:profile');

describe('UserStore on a standalone Redis', () => {
  it('round-trips a profile', async () => {
    const store = redis.store();
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
  });

  it('keeps fields the schemas do not know and normalises AstrologyAPI retro flags', async () => {
    const store = redis.store();
    const user = randomUUID();
    const kundali = { ...sampleKundali, planets: [{ ...sampleKundali.planets[0], isRetro: 'true' as const }], extra: { a: 1 } };
    await store.saveUserData(user, kundali, { ...sampleXRay, later_field: 'kept' });
    const loaded = await store.loadUserData(user);
    expect(loaded?.kundali).toMatchObject({ extra: { a: 1 }, planets: [{ isRetro: true }] });
    expect(loaded?.xray).toMatchObject({ later_field: 'kept' });
  });

  it('loads the X-Ray or the kundali alone, each sliding the TTL of the whole profile', async () => {
    const store = redis.store();
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    const [key] = await redis.admin.keys('amigo:{*}:profile');
    await redis.admin.expire(key, 5);
    expect(await store.loadXRay(user)).toEqual(sampleXRay);
    expect(await redis.admin.ttl(key)).toBeGreaterThan(5);
    await redis.admin.expire(key, 5);
    expect(await store.loadKundali(user)).toEqual(sampleKundali);
    expect(await redis.admin.ttl(key)).toBeGreaterThan(5);
    expect(await store.loadXRay(randomUUID())).toBeNull();
    expect(await store.loadKundali(randomUUID())).toBeNull();
  });

  it('reports a missing user as null and not present', async () => {
    const store = redis.store();
    expect(await store.loadUserData(randomUUID())).toBeNull();
    expect(await store.hasUserData(randomUUID())).toBe(false);
    expect(await redis.admin.dbSize()).toBe(0);
  });

  it('knows which users have a profile', async () => {
    const store = redis.store();
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    expect(await store.hasUserData(user)).toBe(true);
    expect(await store.hasUserData(randomUUID())).toBe(false);
  });

  it('overwrites a profile as a whole', async () => {
    const store = redis.store();
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    const next = { kundali: { ...sampleKundali, ascendant: 'Leo' }, xray: { ...sampleXRay, focus_topic: 'grief' } };
    await store.saveUserData(user, next.kundali, next.xray);
    expect(await store.loadUserData(user)).toEqual(next);
  });

  it('accepts user ids in any letter case as the same user', async () => {
    const store = redis.store();
    const user = randomUUID();
    await store.saveUserData(user.toUpperCase(), sampleKundali, sampleXRay);
    expect(await store.hasUserData(user)).toBe(true);
    expect(await store.updateXRay(user.toUpperCase(), { ...sampleXRay, focus_topic: 'upper' })).toBe(true);
    expect((await store.loadUserData(user))?.xray.focus_topic).toBe('upper');
    expect(await store.deleteUserData(user.toUpperCase())).toBe(true);
    expect(await store.loadUserData(user)).toBeNull();
  });

  it('updates only the X-Ray and never resurrects a deleted profile', async () => {
    const store = redis.store();
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    const xray = { ...sampleXRay, focus_topic: 'relationships' };
    expect(await store.updateXRay(user, xray)).toBe(true);
    expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray });

    expect(await store.deleteUserData(user)).toBe(true);
    expect(await store.updateXRay(user, xray)).toBe(false);
    expect(await store.loadUserData(user)).toBeNull();
    expect(await profileKeys()).toEqual([]);
    expect(await store.deleteUserData(user)).toBe(false);
  });

  it('rejects invalid profiles before writing anything', async () => {
    const store = redis.store();
    const user = randomUUID();
    await expect(store.saveUserData(user, { ascendant: 'Virgo', planets: [] }, sampleXRay)).rejects.toBeInstanceOf(InvalidProfileError);
    await expect(store.saveUserData(user, sampleKundali, { core_identity: {} } as never)).rejects.toMatchObject({ part: 'xray' });
    expect(await redis.admin.dbSize()).toBe(0);
    await store.saveUserData(user, sampleKundali, sampleXRay);
    await expect(store.updateXRay(user, { ...sampleXRay, core_identity: { archetype: '' } })).rejects.toBeInstanceOf(InvalidProfileError);
    expect((await store.loadUserData(user))?.xray).toEqual(sampleXRay);
  });

  it('sets the TTL on write and slides it on every read and update', async () => {
    const store = redis.store();
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    const [key] = await redis.admin.keys('*');
    expect(await redis.admin.ttl(key)).toBeGreaterThan(TTL - 5);

    for (const load of [() => store.loadXRay(user), () => store.loadKundali(user)]) {
      await redis.admin.expire(key, 10);
      await load();
      expect(await redis.admin.ttl(key)).toBeGreaterThan(TTL - 5);
    }

    await redis.admin.expire(key, 10);
    await store.loadUserData(user);
    expect(await redis.admin.ttl(key)).toBeGreaterThan(TTL - 5);

    await redis.admin.expire(key, 10);
    await store.hasUserData(user);
    expect(await redis.admin.ttl(key)).toBeGreaterThan(TTL - 5);

    await redis.admin.expire(key, 10);
    await store.updateXRay(user, sampleXRay);
    expect(await redis.admin.ttl(key)).toBeGreaterThan(TTL - 5);
  });

  it('loads a profile with one HMGET and one EXPIRE, and an X-Ray without its kundali', async () => {
    const store = redis.store();
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    await store.loadUserData(user);
    await redis.admin.configResetStat();
    await store.loadUserData(user);
    const stats = await redis.admin.info('commandstats');
    const calls = [...stats.matchAll(/cmdstat_(\w+):calls=(\d+)/g)]
      .filter(([, name]) => !['info', 'config'].includes(name))
      .map(([, name, count]) => [name, Number(count)]);
    expect(Object.fromEntries(calls)).toEqual({ hmget: 1, expire: 1 });

    // An X-Ray update reads the version and the kundali's key id and writes the X-Ray field alone, never the
    // kundali: with a 60 KB kundali, far less than that crosses the wire either way for one update.
    await store.saveUserData(user, { ...sampleKundali, notes: 'x'.repeat(60_000) }, sampleXRay);
    const [key] = await profileKeys();
    const traffic = async () => {
      const stats = await redis.admin.info('stats');
      const count = (name: string) => Number(new RegExp(`${name}:(\\d+)`).exec(stats)?.[1]);
      return { received: count('total_net_input_bytes'), sent: count('total_net_output_bytes') };
    };
    const before = await traffic();
    await store.updateXRay(user, (current) => ({ ...current, focus_topic: 'cheaper' }));
    const after = await traffic();
    expect(after.sent - before.sent).toBeLessThan(20_000);
    expect(after.received - before.received).toBeLessThan(20_000);
    expect((await redis.admin.hGet(key, 'xray')) ?? '').toContain('cheaper');
    expect((await redis.admin.hGet(key, 'kundali')) ?? '').toHaveLength(JSON.stringify({ ...sampleKundali, notes: 'x'.repeat(60_000) }).length);
  });

  describe('Python-era profiles (per-load fallback switched on)', () => {
    async function writeLegacy(user: string, kundali = legacyKundaliJson, xray = legacyXRayJson) {
      await redis.admin.set(`amigo:user:${user}:kundali`, kundali, { EX: 100 });
      await redis.admin.set(`amigo:user:${user}:xray`, xray, { EX: 100 });
    }

    it('are read, migrated to the current layout with the full TTL, and removed', async () => {
      const store = redis.store({ legacyFallback: true });
      const user = randomUUID();
      await writeLegacy(user);
      expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
      const keys = await redis.admin.keys('*');
      expect(keys).toHaveLength(1);
      await stored(keys[0]);
      expect(keys[0]).toMatch(/^amigo:\{[A-Za-z0-9_-]{22}\}:profile$/);
      expect(await redis.admin.ttl(keys[0])).toBeGreaterThan(TTL - 5);
      expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
    });

    it('are migrated by a load of the X-Ray alone too', async () => {
      const store = redis.store({ legacyFallback: true });
      const user = randomUUID();
      await writeLegacy(user);
      expect(await store.loadXRay(user)).toEqual(sampleXRay);
      expect(await redis.admin.keys('amigo:user:*')).toEqual([]);
      expect(await store.loadKundali(user)).toEqual(sampleKundali);
    });

    it('count as present and can have their X-Ray updated', async () => {
      const store = redis.store({ legacyFallback: true });
      const [a, b] = [randomUUID(), randomUUID()];
      await writeLegacy(a);
      await writeLegacy(b);
      expect(await store.hasUserData(a)).toBe(true);
      const xray = { ...sampleXRay, focus_topic: 'work' };
      expect(await store.updateXRay(b, xray)).toBe(true);
      expect(await store.loadUserData(b)).toEqual({ kundali: sampleKundali, xray });
      expect(await redis.admin.keys('amigo:user:*')).toEqual([]);
    });

    it('lose nothing when many sessions load one at the same time', async () => {
      const store = redis.store({ legacyFallback: true });
      const user = randomUUID();
      await writeLegacy(user);
      const loads = await Promise.all(Array.from({ length: 20 }, () => store.loadUserData(user)));
      for (const loaded of loads) expect(loaded).toEqual({ kundali: sampleKundali, xray: sampleXRay });
      expect(await redis.admin.keys('*')).toHaveLength(1);
    });

    it('do not overwrite a newer profile saved meanwhile', async () => {
      const store = redis.store({ legacyFallback: true });
      const user = randomUUID();
      await store.saveUserData(user, { ...sampleKundali, ascendant: 'Leo' }, sampleXRay);
      await writeLegacy(user);
      expect((await store.loadUserData(user))?.kundali.ascendant).toBe('Leo');
    });

    it('are deleted with the user', async () => {
      const store = redis.store({ legacyFallback: true });
      const user = randomUUID();
      await writeLegacy(user);
      expect(await store.deleteUserData(user)).toBe(true);
      expect(await redis.admin.keys('amigo:user:*')).toEqual([]);
    });

    it('with one half missing are not a profile and are left alone', async () => {
      const logger = new RecordingLogger();
      const store = redis.store({ logger, legacyFallback: true });
      const user = randomUUID();
      await redis.admin.set(`amigo:user:${user}:kundali`, legacyKundaliJson);
      expect(await store.loadUserData(user)).toBeNull();
      expect(await redis.admin.get(`amigo:user:${user}:kundali`)).toBe(legacyKundaliJson);
      expect(logger.lines.map((e) => e.message)).toContain('incomplete legacy profile ignored');
      expect(logger.text()).not.toContain(user);
    });

    it('that are corrupt raise a typed error and are kept', async () => {
      const store = redis.store({ legacyFallback: true });
      const user = randomUUID();
      await writeLegacy(user, '{"ascendant":', legacyXRayJson);
      await expect(store.loadUserData(user)).rejects.toMatchObject({ name: 'CorruptProfileError', reason: 'invalid-json' });
      expect(await redis.admin.get(`amigo:user:${user}:kundali`)).toBe('{"ascendant":');
      expect(await redis.admin.keys('amigo:{*')).toEqual([]);
    });
  });

  describe('corrupted stored data', () => {
    async function storedKey(store: UserStore, user: string): Promise<string> {
      await store.saveUserData(user, sampleKundali, sampleXRay);
      const [key] = await profileKeys();
      return key;
    }

    it.each([
      ['not JSON', '{"ascendant": "Vir', 'invalid-json'],
      ['the wrong shape', '{"ascendant":"","planets":"none"}', 'invalid-schema'],
      ['sealed with a key this store lacks', 'enc:v1:deadbeef:AAAA', 'undecryptable'],
      ['larger than maxValueBytes', JSON.stringify({ ...sampleKundali, notes: 'x'.repeat(5000) }), 'too-large'],
    ])('%s raises CorruptProfileError, is logged without the id and is kept', async (_, value, reason) => {
      const logger = new RecordingLogger();
      const store = redis.store({ logger, maxValueBytes: 4096 });
      const user = randomUUID();
      const key = await storedKey(store, user);
      await redis.admin.hSet(key, 'kundali', value);
      const error = await store.loadUserData(user).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorruptProfileError);
      expect(error).toMatchObject({ reason });
      expect(await redis.admin.hGet(key, 'kundali')).toBe(value);
      expect(logger.lines).toHaveLength(1);
      expect(logger.text()).not.toContain(user);
      expect(String((error as Error).message)).not.toContain(user);
      expect(await store.hasUserData(user)).toBe(true);
    });

    it('an unreadable kundali does not stop the X-Ray from loading alone, and the other way round', async () => {
      const store = redis.store();
      const user = randomUUID();
      const key = await storedKey(store, user);
      const { kundali } = await stored(key);
      await redis.admin.hSet(key, 'kundali', '{"ascendant": "Vir');
      expect(await store.loadXRay(user)).toEqual(sampleXRay);
      await expect(store.loadKundali(user)).rejects.toMatchObject({ name: 'CorruptProfileError', reason: 'invalid-json' });
      await redis.admin.hSet(key, { kundali, xray: '{"core_identity": 3}' });
      expect(await store.loadKundali(user)).toEqual(sampleKundali);
      await expect(store.loadXRay(user)).rejects.toMatchObject({ name: 'CorruptProfileError', reason: 'invalid-schema' });
      await expect(store.updateXRay(user, (x) => x)).rejects.toMatchObject({ reason: 'invalid-schema' });
      expect(await redis.admin.hGet(key, 'xray')).toBe('{"core_identity": 3}');
    });

    it('a profile in the first layout (one string) is converted on first read, TTL kept', async () => {
      const store = redis.store();
      const user = randomUUID();
      const key = await storedKey(store, user);
      await redis.admin.del(key);
      await redis.admin.set(key, ['p1', legacyKundaliJson, legacyXRayJson].join('\n'), { EX: 500 });
      expect(await store.loadXRay(user)).toEqual(sampleXRay);
      expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
      await stored(key);
      expect(await redis.admin.ttl(key)).toBeGreaterThan(TTL - 5);
      await redis.admin.del(key);
      await redis.admin.set(key, ['p1', legacyKundaliJson, legacyXRayJson].join('\n'));
      expect(await store.updateXRay(user, (x) => ({ ...x, focus_topic: 'converted' }))).toBe(true);
      expect((await store.loadUserData(user))?.kundali).toEqual(sampleKundali);
    });

    it.each([
      ['without its X-Ray', `p1\n${legacyKundaliJson}`],
      ['of an unknown version', `p9\n${legacyKundaliJson}\n${legacyXRayJson}`],
      ['plain JSON', legacyKundaliJson],
    ])('a string value %s raises CorruptProfileError, even on X-Ray update, and is kept', async (_, damaged) => {
      const store = redis.store();
      const user = randomUUID();
      const key = await storedKey(store, user);
      await redis.admin.del(key);
      await redis.admin.set(key, damaged);
      await expect(store.loadUserData(user)).rejects.toMatchObject({ reason: 'invalid-layout' });
      await expect(store.loadXRay(user)).rejects.toMatchObject({ reason: 'invalid-layout' });
      await expect(store.updateXRay(user, sampleXRay)).rejects.toMatchObject({ reason: 'invalid-layout' });
      expect(await redis.admin.get(key)).toBe(damaged);
    });

    it('a key of another type raises CorruptProfileError and is kept', async () => {
      const store = redis.store();
      const user = randomUUID();
      const key = await storedKey(store, user);
      await redis.admin.del(key);
      await redis.admin.rPush(key, 'other');
      await expect(store.loadUserData(user)).rejects.toMatchObject({ reason: 'wrong-type' });
      await expect(store.loadXRay(user)).rejects.toMatchObject({ reason: 'wrong-type' });
      await expect(store.updateXRay(user, sampleXRay)).rejects.toMatchObject({ reason: 'wrong-type' });
      expect(await redis.admin.lRange(key, 0, -1)).toEqual(['other']);
    });
  });

  describe('bounded values', () => {
    it('refuses a part larger than maxValueBytes with a typed error and writes nothing', async () => {
      const store = redis.store({ maxValueBytes: 4096 });
      const user = randomUUID();
      const big = { ...sampleXRay, notes: 'x'.repeat(5000) };
      await expect(store.saveUserData(user, sampleKundali, big)).rejects.toMatchObject({ name: 'ValueTooLargeError', part: 'xray', code: 'value_too_large' });
      await expect(store.saveUserData(user, { ...sampleKundali, notes: 'y'.repeat(5000) }, sampleXRay)).rejects.toBeInstanceOf(ValueTooLargeError);
      expect(await redis.admin.dbSize()).toBe(0);
      await store.saveUserData(user, sampleKundali, sampleXRay);
      await expect(store.updateXRay(user, big)).rejects.toBeInstanceOf(ValueTooLargeError);
      await expect(store.updateXRay(user, () => big)).rejects.toBeInstanceOf(ValueTooLargeError);
      expect((await store.loadUserData(user))?.xray).toEqual(sampleXRay);
    });

    it('enforces the X-Ray limits of the contracts on write and on read', async () => {
      const store = redis.store();
      const user = randomUUID();
      const tooLong = 'x'.repeat(XRAY_LIMITS.stored.text + 1);
      const overLimit = { ...sampleXRay, core_identity: { ...sampleXRay.core_identity, summary: tooLong } };
      await expect(store.saveUserData(user, sampleKundali, overLimit)).rejects.toBeInstanceOf(InvalidProfileError);
      await store.saveUserData(user, sampleKundali, sampleXRay);
      const [key] = await profileKeys();
      await redis.admin.hSet(key, 'xray', JSON.stringify(overLimit));
      await expect(store.loadXRay(user)).rejects.toMatchObject({ reason: 'invalid-schema' });
    });
  });

  describe('encryption at rest', () => {
    const k1 = randomBytes(32).toString('base64');
    const k2 = randomBytes(32).toString('base64');

    it('stores only ciphertext and reads it back', async () => {
      const store = redis.store({ dataKeys: [k1] });
      const user = randomUUID();
      await store.saveUserData(user, sampleKundali, sampleXRay);
      const [key] = await redis.admin.keys('*');
      const { kundali, xray } = await stored(key);
      expect(kundali).toMatch(/^enc:v1:[0-9a-f]{8}:/);
      expect(xray).toMatch(/^enc:v1:/);
      expect(JSON.stringify(await redis.admin.hGetAll(key))).not.toMatch(/Virgo|Analyst|Pisces/);
      expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
    });

    it('refuses plain stored values unless allowPlaintext is set for a migration', async () => {
      const user = randomUUID();
      await redis.store().saveUserData(user, sampleKundali, sampleXRay);
      const strict = redis.store({ dataKeys: [k1] });
      await expect(strict.loadUserData(user)).rejects.toBeInstanceOf(PlaintextRefusedError);
      await expect(strict.loadXRay(user)).rejects.toMatchObject({ code: 'plaintext_refused' });
      await expect(strict.updateXRay(user, (x) => x)).rejects.toBeInstanceOf(PlaintextRefusedError);
      const [key] = await profileKeys();
      expect(await redis.admin.hGet(key, 'xray')).toBe(JSON.stringify(sampleXRay));

      const migrating = redis.store({ dataKeys: [k1], allowPlaintext: true });
      expect(await migrating.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
      // Any write leaves the whole profile sealed, the kundali included.
      expect(await migrating.updateXRay(user, sampleXRay)).toBe(true);
      const { kundali, xray } = await stored(key);
      expect([kundali, xray].every((v) => v.startsWith('enc:v1:'))).toBe(true);
      expect(await strict.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
    });

    it('rotates keys: the first key encrypts, every listed key decrypts, any write re-seals the whole profile', async () => {
      const user = randomUUID();
      await redis.store({ dataKeys: [k1] }).saveUserData(user, sampleKundali, sampleXRay);
      const rotated = redis.store({ dataKeys: [k2, k1] });
      expect(await rotated.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
      const onlyNew = redis.store({ dataKeys: [k2] });
      await expect(onlyNew.loadUserData(user)).rejects.toMatchObject({ reason: 'undecryptable' });

      await rotated.updateXRay(user, { ...sampleXRay, focus_topic: 'new' });
      expect(await onlyNew.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: { ...sampleXRay, focus_topic: 'new' } });
      await expect(redis.store({ dataKeys: [k1] }).loadUserData(user)).rejects.toMatchObject({ reason: 'undecryptable' });
      await expect(redis.store().loadUserData(user)).rejects.toMatchObject({ reason: 'undecryptable' });
    });

    it('binds ciphertext to its user: a value copied to another profile does not open', async () => {
      const store = redis.store({ dataKeys: [k1] });
      const [a, b] = [randomUUID(), randomUUID()];
      await store.saveUserData(a, sampleKundali, sampleXRay);
      const [keyA] = await redis.admin.keys('*');
      await store.saveUserData(b, { ...sampleKundali, ascendant: 'Leo' }, sampleXRay);
      const keyB = (await redis.admin.keys('*')).find((k) => k !== keyA) as string;
      await redis.admin.hSet(keyB, 'kundali', (await stored(keyA)).kundali);
      await expect(store.loadUserData(b)).rejects.toMatchObject({ reason: 'undecryptable' });
    });

    it('ignores AMIGO_DATA_KEY (only apps read the environment) and refuses malformed keys', async () => {
      const previous = process.env['AMIGO_DATA_KEY'];
      try {
        process.env['AMIGO_DATA_KEY'] = k1;
        const user = randomUUID();
        await redis.store().saveUserData(user, sampleKundali, sampleXRay);
        const [key] = await redis.admin.keys('*');
        expect(await redis.admin.hGet(key as string, 'kundali')).toContain('"ascendant"');
        expect(() => new UserStore({ url: redis.url, dataKeys: ['c2hvcnQ='] })).toThrow(UserStoreConfigError);
        expect(() => new UserStore({ url: redis.url, dataKeys: ['c2hvcnQ='] })).toThrow(/32 bytes/);
      } finally {
        if (previous === undefined) delete process.env['AMIGO_DATA_KEY'];
        else process.env['AMIGO_DATA_KEY'] = previous;
      }
    });
  });

  it('loses no update under concurrency', async () => {
    const store = redis.store();
    const user = randomUUID();
    const { kundali, xray } = realisticProfile();
    await store.saveUserData(user, kundali, xray);
    const topics = Array.from({ length: 50 }, (_, i) => `topic-${i}`);
    const results = await Promise.all([
      ...topics.map((topic) => store.updateXRay(user, { ...sampleXRay, focus_topic: topic })),
      ...topics.map(() => store.loadUserData(user).then((p) => p !== null)),
    ]);
    expect(results.every(Boolean)).toBe(true);
    const final = await store.loadUserData(user);
    expect(topics).toContain(final?.xray.focus_topic);
    expect(final?.kundali).toEqual(await redis.store().loadUserData(user).then((p) => p?.kundali));
    expect(final?.kundali.planets).toHaveLength(10);

    // Two stores (two processes) updating different users at once never mix them up.
    const other = redis.store();
    const users = Array.from({ length: 20 }, () => randomUUID());
    await Promise.all(users.map((u, i) => (i % 2 ? store : other).saveUserData(u, { ...sampleKundali, ascendant: u }, sampleXRay)));
    await Promise.all(users.map((u, i) => (i % 2 ? other : store).updateXRay(u, { ...sampleXRay, focus_topic: u })));
    for (const u of users) expect(await store.loadUserData(u)).toMatchObject({ kundali: { ascendant: u }, xray: { focus_topic: u } });
  });

  it('never reveals a user id in key names', async () => {
    const store = redis.store({ legacyFallback: true });
    const users = Array.from({ length: 5 }, () => randomUUID());
    for (const user of users) await store.saveUserData(user, sampleKundali, sampleXRay);
    const legacyUser = randomUUID();
    await redis.admin.set(`amigo:user:${legacyUser}:kundali`, legacyKundaliJson);
    await redis.admin.set(`amigo:user:${legacyUser}:xray`, legacyXRayJson);
    await store.loadUserData(legacyUser);
    const dump = (await redis.admin.keys('*')).join('\n').toLowerCase();
    expect(dump.split('\n')).toHaveLength(6);
    for (const user of [...users, legacyUser]) {
      expect(dump).not.toContain(user);
      expect(dump).not.toContain(user.replace(/-/g, ''));
    }
  });

  it('honours a custom key prefix', async () => {
    const store = redis.store({ keyPrefix: 'amigo-test' });
    await store.saveUserData(randomUUID(), sampleKundali, sampleXRay);
    expect(await redis.admin.keys('*')).toEqual([expect.stringMatching(/^amigo-test:\{[^}]+\}:profile$/)]);
  });
});
