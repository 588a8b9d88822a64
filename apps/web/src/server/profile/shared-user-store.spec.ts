import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeRedis, type StoreRedis } from '@amigo/embedded-redis';
import { silentLogger } from '@amigo/logging';
import { UserStore } from '@amigo/user-store';
import { webSettings } from '../config/web-config';
import { createSharedStore } from './shared-user-store';

const kundali = { ascendant: 'Virgo', planets: [{ name: 'Sun', sign: 'Pisces', fullDegree: 350.5 }], dasha: { major: { planet: 'Saturn' } } };
const xray = {
  core_identity: { archetype: 'The Analyst' },
  emotional_architecture: { attachment_style: 'Secure' },
  therapist_cheat_sheet: { recommended_modality: 'CBT' },
};

describe('the web store with nothing configured', () => {
  let dataDir: string;
  let worker: StoreRedis;
  const stores: UserStore[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'amigo-web-'));
    // What the agent-worker's launcher does without REDIS_URL: start (or join) the embedded Redis under the data dir.
    worker = await storeRedis({ dataDir });
  });

  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await worker.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is the worker\'s store: what one saves the other reads, what the web forgets is gone for the worker', async () => {
    const workerStore = new UserStore({ url: worker.url, logger: silentLogger });
    const webStore = await createSharedStore(webSettings({ AMIGO_DATA_DIR: dataDir }));
    stores.push(workerStore, webStore);
    const user = randomUUID();
    await workerStore.saveUserData(user, kundali, xray);
    expect(await webStore.loadXRay(user)).toEqual(xray);
    expect(await webStore.deleteUserData(user)).toBe(true);
    expect(await workerStore.loadUserData(user)).toBeNull();
    await expect(workerStore.saveUserData(user, kundali, xray)).rejects.toMatchObject({ code: 'user_forgotten' });
  });
});
