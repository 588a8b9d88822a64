import { randomUUID } from 'node:crypto';
import { useRedisSuite } from '../../testing/redis-suite.js';
import { legacyKundaliJson, legacyXRayJson, realisticProfile, sampleKundali, sampleXRay } from '../../testing/sample-profiles.js';
import { UserForgottenError } from '../errors/user-store-error.js';
import type { UserStore } from './user-store.js';

// Generous: these tests race many writers on a machine that may be busy.
const redis = useRedisSuite({ timeoutMs: 60_000 });

/** Settles every promise; what each write did matters less than what is stored at the end. */
const settle = (work: Array<Promise<unknown>>) => Promise.allSettled(work);

describe('forgetting a user', () => {
  it('wins over saves, X-Ray updates and migrations racing it from two clients, for many users', async () => {
    const [a, b] = [redis.store({ legacyFallback: true }), redis.store({ legacyFallback: true })];
    const users = Array.from({ length: 40 }, () => randomUUID());
    for (const [i, user] of users.entries()) {
      if (i % 2) {
        await a.saveUserData(user, sampleKundali, sampleXRay);
      } else {
        // Python-era keys, in the upper-case spelling for some users.
        const id = i % 4 ? user : user.toUpperCase();
        await redis.admin.set(`amigo:user:${id}:kundali`, legacyKundaliJson);
        await redis.admin.set(`amigo:user:${id}:xray`, legacyXRayJson);
      }
    }
    const writers = (store: UserStore, user: string) => [
      store.saveUserData(user, { ...sampleKundali, ascendant: 'Leo' }, sampleXRay),
      store.updateXRay(user, (x) => ({ ...x, focus_topic: 'racing' })),
      store.updateXRay(user, { ...sampleXRay, focus_topic: 'replaced' }),
      store.loadUserData(user),
      store.hasUserData(user),
    ];
    await settle(
      users.flatMap((user, i) => [
        ...writers(b, user),
        ...writers(a, user),
        (i % 2 ? a : b).deleteUserData(user),
        ...writers(b, user),
        ...writers(a, user),
      ]),
    );
    // Writes started after the delete, from either client.
    const late = await settle(users.flatMap((user) => writers(b, user)));
    expect(late.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof UserForgottenError)).toBe(true);
    expect(late.filter((r) => r.status === 'rejected')).toHaveLength(users.length);

    expect(await redis.admin.keys('amigo:{*}:profile')).toEqual([]);
    expect(await redis.admin.keys('amigo:user:*')).toEqual([]);
    for (const user of users) {
      expect(await a.loadUserData(user)).toBeNull();
      expect(await b.hasUserData(user.toUpperCase())).toBe(false);
    }
  });

  it('refuses writes only while the tombstone lives, which holds no personal data', async () => {
    const store = redis.store({ forgetTombstoneSeconds: 1 });
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    await store.deleteUserData(user);
    await expect(store.saveUserData(user, sampleKundali, sampleXRay)).rejects.toMatchObject({ code: 'user_forgotten' });
    const [tombstone] = await redis.admin.keys('*');
    expect(tombstone).toMatch(/^amigo:\{[A-Za-z0-9_-]{22}\}:forgotten$/);
    expect(await redis.admin.get(tombstone)).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await store.saveUserData(user, sampleKundali, sampleXRay);
    expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
  });
});

describe('X-Ray updates', () => {
  it('lose none of 4 clients x 25 concurrent read-modify-write updates', async () => {
    const clients = Array.from({ length: 4 }, () => redis.store());
    const user = randomUUID();
    const { kundali, xray } = realisticProfile();
    await clients[0].saveUserData(user, kundali, { ...xray, updates: [] });
    const results = await Promise.all(
      clients.flatMap((store, c) =>
        Array.from({ length: 25 }, (_, i) =>
          store.updateXRay(user, (current) => ({ ...current, updates: [...(current['updates'] as string[]), `${c}-${i}`] })),
        ),
      ),
    );
    expect(results.every(Boolean)).toBe(true);
    const stored = await clients[3].loadUserData(user);
    expect(new Set(stored?.xray['updates'] as string[]).size).toBe(100);
    expect(stored?.kundali).toEqual((await redis.store().loadUserData(user))?.kundali);
  });
});
