import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { startEmbeddedRedis } from './embedded-redis.js';

type Client = ReturnType<typeof createClient>;

async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client: Client = createClient({ url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.quit();
  }
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
    expect(first.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
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

  it('shares the server a live process already runs on the same folder', async () => {
    const owner = await startEmbeddedRedis(dir);
    try {
      const guest = await startEmbeddedRedis(dir);
      expect(guest).toMatchObject({ url: owner.url, owned: false });
      await guest.stop();
      await expect(withClient(owner.url, (c) => c.ping())).resolves.toBe('PONG');
    } finally {
      await owner.stop();
    }
  });
});
