import { createServer } from 'node:net';
import { createClient } from 'redis';
import { RedisMemoryServer } from 'redis-memory-server';
import { createRateLimiter } from './rate-limiter';

const policy = { name: 'spec', points: 3, durationSeconds: 60 };

describe('createRateLimiter in memory', () => {
  it('allows the policy points per window, then refuses with the wait until the window ends', async () => {
    const limiter = createRateLimiter(policy);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.take('a'));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3].retryAfterSeconds).toBeGreaterThan(50);
    expect(decisions[3].retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('keeps separate counts per client', async () => {
    const limiter = createRateLimiter({ ...policy, points: 1 });
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
    expect((await limiter.take('b')).allowed).toBe(true);
  });

  it('refuses a policy that would block everyone', () => {
    expect(() => createRateLimiter({ ...policy, points: 0 })).toThrow(RangeError);
    expect(() => createRateLimiter({ ...policy, durationSeconds: 0 })).toThrow(RangeError);
  });
});

describe('createRateLimiter shared through a real Redis', () => {
  let server: RedisMemoryServer;
  let url: string;
  const clients: { destroy(): void }[] = [];
  const connected = async (target: string) => {
    const client = createClient({ url: target, disableOfflineQueue: true });
    client.on('error', () => undefined);
    clients.push(client);
    await client.connect();
    return client;
  };

  beforeAll(async () => {
    server = await RedisMemoryServer.create();
    url = `redis://${await server.getHost()}:${await server.getPort()}`;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.destroy()));
    await server.stop();
  });

  it('lets two web instances share one count per client, so the limit does not multiply', async () => {
    const name = `shared-${Date.now()}`;
    const first = createRateLimiter({ ...policy, name }, { redis: await connected(url) });
    const second = createRateLimiter({ ...policy, name }, { redis: await connected(url) });
    const allowed = [];
    for (const limiter of [first, second, first, second, first, second]) allowed.push((await limiter.take('client')).allowed);
    expect(allowed).toEqual([true, true, true, false, false, false]);
    expect((await second.take('someone-else')).allowed).toBe(true);
  });

  it('stores only the hashed key it is given, under its prefix, with the window as expiry', async () => {
    const client = await connected(url);
    const limiter = createRateLimiter({ ...policy, name: 'keys' }, { redis: client, keyPrefix: 'amigo:rate' });
    await limiter.take('0123456789abcdef');
    expect(await client.keys('amigo:rate:keys*')).toEqual(['amigo:rate:keys:0123456789abcdef']);
    const ttl = await client.pTTL('amigo:rate:keys:0123456789abcdef');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('keeps limiting in memory while Redis cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = createClient({ url: `redis://127.0.0.1:${port}`, disableOfflineQueue: true, socket: { reconnectStrategy: false } });
    unreachable.on('error', () => undefined);
    await unreachable.connect().catch(() => undefined);

    const limiter = createRateLimiter(policy, { redis: unreachable });
    const allowed = [];
    for (let i = 0; i < 4; i++) allowed.push((await limiter.take('client')).allowed);
    expect(allowed).toEqual([true, true, true, false]);
  });
});
