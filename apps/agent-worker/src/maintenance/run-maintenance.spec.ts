import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { RedisMemoryServer } from 'redis-memory-server';
import { silentLogger } from '@amigo/logging';
import { UserStore } from '@amigo/user-store';
import { cursorFileOf, runMaintenance } from './run-maintenance.js';

const legacyKundali = '{"ascendant":"Virgo","planets":[{"name":"Sun","sign":"Pisces","fullDegree":350.5}],"dasha":{"major":{"planet":"Saturn"}}}';
const legacyXRay = '{"core_identity":{"archetype":"The Analyst"},"emotional_architecture":{},"therapist_cheat_sheet":{}}';

describe('runMaintenance', () => {
  let server: RedisMemoryServer;
  let url: string;
  let dir: string;
  let admin: ReturnType<typeof createClient>;

  beforeAll(async () => {
    server = await RedisMemoryServer.create();
    url = `redis://${await server.getHost()}:${await server.getPort()}`;
    admin = createClient({ url });
    await admin.connect();
    dir = await mkdtemp(join(tmpdir(), 'amigo-maintenance-'));
  });

  afterAll(async () => {
    await admin.close();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates every Python-era profile, resuming from a saved cursor, and removes the cursor when done', async () => {
    const users = Array.from({ length: 300 }, () => randomUUID());
    for (const user of users) {
      await admin.set(`amigo:user:${user.toUpperCase()}:kundali`, legacyKundali);
      await admin.set(`amigo:user:${user.toUpperCase()}:xray`, legacyXRay);
    }
    const store = new UserStore({ url, logger: silentLogger });
    const cursorFile = cursorFileOf(dir, 'migrate-legacy');
    // What an interrupted run leaves: a cursor part-way through the key space.
    const [partial] = (await admin.sendCommand(['SCAN', '0', 'MATCH', 'amigo:user:*:kundali', 'COUNT', '50'])) as [string, string[]];
    await writeFile(cursorFile, partial);
    const lines: string[] = [];
    try {
      await runMaintenance('migrate-legacy', store, cursorFile, (line) => lines.push(line));
      expect(lines[0]).toBe(`resuming migrate-legacy from cursor ${partial}`);
      // Resumed, not restarted: what lay before the cursor is left for the first run, which migrated it.
      expect((await admin.keys('amigo:user:*')).length).toBeGreaterThan(0);
      await expect(stat(cursorFile)).rejects.toMatchObject({ code: 'ENOENT' });

      await runMaintenance('migrate-legacy', store, cursorFile, () => undefined);
      expect(await admin.keys('amigo:user:*')).toEqual([]);
      for (const user of users.slice(0, 20)) expect(await store.loadXRay(user)).toMatchObject({ core_identity: { archetype: 'The Analyst' } });
    } finally {
      await store.close();
    }
  });

  it('re-encrypts every profile under the newest key, saving its cursor privately as it goes', async () => {
    await admin.flushAll();
    const [k1, k2] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];
    const old = new UserStore({ url, dataKeys: [k1], logger: silentLogger });
    const rotated = new UserStore({ url, dataKeys: [k2, k1], logger: silentLogger });
    const onlyNew = new UserStore({ url, dataKeys: [k2], logger: silentLogger });
    const cursorFile = cursorFileOf(dir, 'reencrypt');
    try {
      const users = Array.from({ length: 250 }, () => randomUUID());
      for (const user of users) await old.saveUserData(user, JSON.parse(legacyKundali), JSON.parse(legacyXRay));
      const modes: number[] = [];
      const watched: Parameters<typeof runMaintenance>[1] = {
        migrateLegacyProfiles: () => Promise.reject(new Error('not this task')),
        reencryptProfiles: (options) =>
          rotated.reencryptProfiles({
            ...options,
            batchSize: 20,
            onProgress: async (progress) => {
              await options?.onProgress?.(progress);
              modes.push((await stat(cursorFile)).mode & 0o777);
            },
          }),
      };
      await runMaintenance('reencrypt', watched, cursorFile, () => undefined);
      expect(modes.length).toBeGreaterThan(1);
      expect(modes.every((mode) => mode === 0o600)).toBe(true);
      for (const user of users) expect(await onlyNew.loadKundali(user)).toMatchObject({ ascendant: 'Virgo' });
      expect(modes.every((mode) => mode === 0o600)).toBe(true);
      await expect(readFile(cursorFile, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await Promise.all([old.close(), rotated.close(), onlyNew.close()]);
    }
  });
});
