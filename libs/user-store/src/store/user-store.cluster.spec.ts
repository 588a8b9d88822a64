import { randomBytes, randomUUID } from 'node:crypto';
import { createClient, createCluster } from 'redis';
import { startCluster, type LocalCluster } from '../../testing/local-cluster.js';
import { RecordingLogger } from '@amigo/test-utils';
import { legacyKundaliJson, legacyXRayJson, sampleKundali, sampleXRay } from '../../testing/sample-profiles.js';
import { UserStoreUnavailableError } from '../errors/user-store-error.js';
import { UserStore } from './user-store.js';

const TTL = 1000;
let cluster: LocalCluster;
let nodes: Array<Awaited<ReturnType<typeof connectNode>>>;
let store: UserStore;

/** Every key but the tombstones deletes leave behind for a while. */
async function allKeys(): Promise<string[]> {
  return (await Promise.all(nodes.map((n) => n.keys('*')))).flat().filter((key) => !key.endsWith(':forgotten'));
}

async function connectNode(port: number) {
  const node = createClient({ url: `redis://127.0.0.1:${port}` });
  node.on('error', () => undefined);
  await node.connect();
  return node;
}

async function nodeHolding(key: string) {
  // Asking a master about a key in a slot it does not serve would answer MOVED; list each master's own keys instead.
  for (const node of nodes) if ((await node.keys('*')).includes(key)) return node;
  throw new Error('key not found on any master');
}

beforeAll(async () => {
  cluster = await startCluster(3);
  nodes = await Promise.all(cluster.ports.map(connectNode));
  store = new UserStore({
    url: `redis://127.0.0.1:${cluster.ports[0]}`,
    cluster: true,
    ttlSeconds: TTL,
    dataKeys: [randomBytes(32).toString('base64')],
    logger: new RecordingLogger(),
  });
}, 60_000);

afterAll(async () => {
  await store?.close();
  await Promise.all((nodes ?? []).map((n) => n.close()));
  await cluster?.stop();
});

describe('UserStore on a 3-master Redis Cluster', () => {
  it('stores, loads, updates and deletes profiles spread over all masters', async () => {
    const users = Array.from({ length: 30 }, () => randomUUID());
    await Promise.all(users.map((u) => store.saveUserData(u, { ...sampleKundali, ascendant: u }, sampleXRay)));
    const perNode = await Promise.all(nodes.map((n) => n.dbSize()));
    expect(perNode.filter((count) => count > 0)).toHaveLength(3);

    for (const u of users) expect((await store.loadUserData(u))?.kundali.ascendant).toBe(u);
    await Promise.all(users.map((u) => store.updateXRay(u, { ...sampleXRay, focus_topic: u })));
    for (const u of users) expect((await store.loadUserData(u))?.xray.focus_topic).toBe(u);
    for (const u of users) expect((await store.loadXRay(u))?.focus_topic).toBe(u);
    for (const u of users) expect((await store.loadKundali(u))?.ascendant).toBe(u);
    expect(await store.hasUserData(users[0])).toBe(true);

    await Promise.all(users.map((u) => store.deleteUserData(u)));
    expect(await allKeys()).toEqual([]);
    expect(await store.updateXRay(users[0], sampleXRay)).toBe(false);
    expect(await allKeys()).toEqual([]);
  });

  it('keeps all keys of a user in one slot and reveals no user id', async () => {
    const user = randomUUID();
    await store.saveUserData(user, sampleKundali, sampleXRay);
    const keys = await allKeys();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^amigo:\{[A-Za-z0-9_-]{22}\}:profile$/);
    expect(keys.join()).not.toContain(user);
    const node = await nodeHolding(keys[0]);
    expect(await node.ttl(keys[0])).toBeGreaterThan(TTL - 5);
    await store.deleteUserData(user);
  });

  it('migrates Python-era keys that live in other slots, on other masters', async () => {
    const users = Array.from({ length: 6 }, () => randomUUID());
    const writer = createCluster({ rootNodes: [{ url: `redis://127.0.0.1:${cluster.ports[1]}` }] });
    writer.on('error', () => undefined);
    await writer.connect();
    try {
      for (const u of users) {
        await writer.set(`amigo:user:${u}:kundali`, legacyKundaliJson, { EX: 100 });
        await writer.set(`amigo:user:${u}:xray`, legacyXRayJson, { EX: 100 });
      }
      const slots = new Set(
        await Promise.all(users.flatMap((u) => [`amigo:user:${u}:kundali`, `amigo:user:${u}:xray`]).map((k) => writer.clusterKeySlot(k))),
      );
      expect(slots.size).toBeGreaterThan(6);

      const migrating = new UserStore({
        url: `redis://127.0.0.1:${cluster.ports[0]}`,
        cluster: true,
        ttlSeconds: TTL,
        legacyFallback: true,
        logger: new RecordingLogger(),
      });
      try {
        for (const u of users) expect(await migrating.loadUserData(u)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
      } finally {
        await migrating.close();
      }
      const keys = await allKeys();
      expect(keys).toHaveLength(users.length);
      for (const key of keys) {
        expect(key).toMatch(/^amigo:\{[^}]+\}:profile$/);
        expect(await (await nodeHolding(key)).ttl(key)).toBeGreaterThan(TTL - 5);
      }
      await Promise.all(users.map((u) => store.deleteUserData(u)));
      expect(await allKeys()).toEqual([]);
    } finally {
      await writer.close();
    }
  });

  it('works through a cluster client the application already has', async () => {
    const shared = createCluster({ rootNodes: [{ url: `redis://127.0.0.1:${cluster.ports[2]}` }] });
    shared.on('error', () => undefined);
    try {
      const borrowed = new UserStore({ client: shared, dataKeys: [], ttlSeconds: TTL, logger: new RecordingLogger() });
      const user = randomUUID();
      await borrowed.saveUserData(user, sampleKundali, sampleXRay);
      expect(await borrowed.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
      await borrowed.close();
      expect(shared.isOpen).toBe(true);
      expect(await borrowed.deleteUserData(user)).toBe(true);
    } finally {
      await shared.close();
    }
  });

  // Last: it leaves the cluster without one master.
  it('answers for the surviving masters and fails fast for the lost one', async () => {
    const users = Array.from({ length: 30 }, () => randomUUID());
    await Promise.all(users.map((u) => store.saveUserData(u, sampleKundali, sampleXRay)));
    const lost = nodes[1];
    const lostKeys = new Set(await lost.keys('*:profile'));
    expect(lostKeys.size).toBeGreaterThan(0);
    await cluster.kill(1);

    const outcomes = await Promise.all(
      users.map(async (u) => {
        const start = performance.now();
        const result = await store.loadUserData(u).then((p) => p !== null, (e: unknown) => e);
        return { result, ms: performance.now() - start };
      }),
    );
    for (const { result, ms } of outcomes) {
      expect(result === true || result instanceof UserStoreUnavailableError).toBe(true);
      expect(ms).toBeLessThan(10_000);
    }
    const failed = outcomes.filter((o) => o.result !== true).length;
    expect(failed).toBe(lostKeys.size);
    expect(outcomes.length - failed).toBeGreaterThan(0);
  });
});
