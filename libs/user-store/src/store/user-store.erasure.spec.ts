import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { RedisMemoryServer } from 'redis-memory-server';
import { RecordingLogger } from '@amigo/test-utils';
import { sampleKundali, sampleXRay } from '../../testing/sample-profiles.js';
import { UserStore } from './user-store.js';
import type { UserStoreOptions } from './user-store-options.js';

let dir: string;
let server: RedisMemoryServer;
let url: string;

/** Every byte of every file the server keeps, as one string to search. */
async function filesContent(folder: string): Promise<string> {
  const parts: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    parts.push(entry.isDirectory() ? await filesContent(path) : (await readFile(path)).toString('latin1'));
  }
  return parts.join('\n');
}

/** A kundali carrying birth details, the bytes that must not outlive a delete. */
const withBirth = (place: string) => ({
  ...sampleKundali,
  birth: { utc: '1991-03-13T23:05:00Z', latitude: 24.43, longitude: 85.52, timezone: 'Asia/Kolkata', place },
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'user-store-aof-'));
  // The embedded Redis's persistence settings; uncompressed snapshots so the search below also sees the base file.
  server = await RedisMemoryServer.create({
    instance: { args: ['--appendonly', 'yes', '--dir', dir, '--save', '', '--rdbcompression', 'no'] },
  });
  url = `redis://${await server.getHost()}:${await server.getPort()}`;
});

afterEach(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

async function scenario(options: UserStoreOptions): Promise<{ before: string; after: string }> {
  const store = new UserStore({ url, timeoutMs: 20_000, logger: new RecordingLogger(), ...options });
  const admin = createClient({ url });
  await admin.connect();
  try {
    const [forgotten, kept] = [randomUUID(), randomUUID()];
    await store.saveUserData(forgotten, withBirth('Jhumri Telaiya'), sampleXRay);
    await store.saveUserData(kept, withBirth('Chandannagar'), sampleXRay);
    // One copy in the base file (a rewrite), more in the incremental file (later writes).
    await admin.sendCommand(['BGREWRITEAOF']);
    while (/aof_rewrite_in_progress:1|aof_rewrite_scheduled:1/.test(await admin.info('persistence'))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await store.updateXRay(forgotten, { ...sampleXRay, focus_topic: 'grief' });
    const before = await filesContent(dir);
    await store.deleteUserData(forgotten);
    return { before, after: await filesContent(dir) };
  } finally {
    await admin.close();
    await store.close();
  }
}

describe('deleting with eraseFromDisk', () => {
  it('leaves no byte of the deleted birth data in the append-only files, and keeps the others', async () => {
    const { before, after } = await scenario({ eraseFromDisk: true });
    expect(before).toContain('Jhumri Telaiya');
    expect(after).not.toContain('Jhumri Telaiya');
    expect(after).toContain('Chandannagar');
  });

  it('is needed: without it the deleted birth data stays readable on disk', async () => {
    const { after } = await scenario({});
    expect(after).toContain('Jhumri Telaiya');
  });

  it('waits out concurrent deletes and rewrites', async () => {
    const store = new UserStore({ url, timeoutMs: 20_000, eraseFromDisk: true, logger: new RecordingLogger() });
    try {
      const users = Array.from({ length: 12 }, () => randomUUID());
      for (const [i, user] of users.entries()) await store.saveUserData(user, withBirth(`Town-${i}-zq`), sampleXRay);
      await Promise.all(users.map((user) => store.deleteUserData(user)));
      expect(await filesContent(dir)).not.toMatch(/Town-\d+-zq/);
    } finally {
      await store.close();
    }
  });

  it('is refused for a cluster, where no single server holds the files', () => {
    expect(() => new UserStore({ url, cluster: true, eraseFromDisk: true })).toThrow(/standalone/);
  });
});
