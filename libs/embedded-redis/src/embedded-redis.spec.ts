import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { findEmbeddedRedis, startEmbeddedRedis, STATE_FILE } from './embedded-redis.js';
import { storeRedis } from './store-redis.js';

type Client = ReturnType<typeof createClient>;

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client: Client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.quit();
  }
}

/** What the server answers a client that connects once, without retrying; the client is always torn down. */
async function refusal(url: string): Promise<unknown> {
  const client: Client = createClient({ url, socket: { reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await client.get('amigo:probe');
  } catch (error) {
    return error;
  } finally {
    client.destroy();
  }
}

/** Every file and folder under `dir` with its permission bits. */
async function modes(dir: string): Promise<Array<[string, number]>> {
  const found: Array<[string, number]> = [[dir, (await stat(dir)).mode & 0o777]];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await modes(path)));
    else found.push([path, (await stat(path)).mode & 0o777]);
  }
  return found;
}

describe('startEmbeddedRedis', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'amigo-redis-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps data in an append-only file across restarts', async () => {
    const first = await startEmbeddedRedis(dir);
    expect(first.owned).toBe(true);
    expect(first.url).toMatch(/^redis:\/\/:[0-9a-f]{48}@127\.0\.0\.1:\d+$/);
    await withClient(first.url, (c) => c.set('amigo:probe', 'kept'));
    await first.stop();
    expect((await readdir(dir)).some((name) => name.startsWith('appendonly'))).toBe(true);

    const second = await startEmbeddedRedis(dir);
    try {
      await expect(withClient(second.url, (c) => c.get('amigo:probe'))).resolves.toBe('kept');
    } finally {
      await second.stop();
    }
  });

  it('shares the server a live process already runs on the same folder, even when both start at once', async () => {
    const [one, two] = await Promise.all([startEmbeddedRedis(dir), startEmbeddedRedis(dir)]);
    const [owner, guest] = one.owned ? [one, two] : [two, one];
    try {
      expect(owner.owned).toBe(true);
      expect(guest).toMatchObject({ url: owner.url, owned: false });
      expect(await findEmbeddedRedis(dir)).toEqual({ url: owner.url, dataDir: dir });
      await guest.stop();
      await expect(withClient(owner.url, (c) => c.ping())).resolves.toBe('PONG');
    } finally {
      await owner.stop();
    }
    expect(await findEmbeddedRedis(dir)).toBeUndefined();
  });

  it('refuses clients without the generated password, kept only in files other users cannot read', async () => {
    const redis = await startEmbeddedRedis(dir);
    try {
      const port = new URL(redis.url).port;
      expect(String(await refusal(`redis://127.0.0.1:${port}`))).toMatch(/NOAUTH/);
      expect(String(await refusal(`redis://:wrong@127.0.0.1:${port}`))).toMatch(/WRONGPASS/);
      await withClient(redis.url, async (c) => {
        await c.set('amigo:probe', 'private');
        await c.sendCommand(['BGREWRITEAOF']);
        // A rewrite's temporary files come and go: list the folder once it is done.
        while (/aof_rewrite_in_progress:1|aof_rewrite_scheduled:1/.test(await c.info('persistence'))) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      const password = new URL(redis.url).password;
      expect(await readFile(join(dir, STATE_FILE), 'utf8')).toContain(password);
      const all = await modes(dir);
      expect(all.filter(([path]) => path.includes('appendonly')).length).toBeGreaterThan(1);
      for (const [path, mode] of all) {
        expect([path, mode & 0o077]).toEqual([path, 0]);
      }
      expect(all[0][1]).toBe(0o700);
    } finally {
      await redis.stop();
    }
  });
});

describe('storeRedis', () => {
  it('is the configured Redis when a URL is given, else the embedded one every local process shares', async () => {
    expect(await storeRedis({ url: 'redis://redis.internal:6379', dataDir: '/nowhere' })).toMatchObject({
      url: 'redis://redis.internal:6379',
      embedded: false,
    });
    const dataDir = await mkdtemp(join(tmpdir(), 'amigo-data-'));
    try {
      const worker = await storeRedis({ dataDir });
      const web = await storeRedis({ dataDir });
      expect(worker).toMatchObject({ embedded: true, owned: true, dataDir: join(dataDir, 'redis') });
      expect(web).toMatchObject({ embedded: true, owned: false, url: worker.url });
      await withClient(worker.url, (c) => c.set('amigo:probe', 'shared'));
      await expect(withClient(web.url, (c) => c.get('amigo:probe'))).resolves.toBe('shared');
      await worker.stop();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
