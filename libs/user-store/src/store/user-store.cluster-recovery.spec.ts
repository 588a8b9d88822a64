import { randomUUID } from 'node:crypto';
import { freeClusterPorts, startCluster, type LocalCluster } from '../../testing/local-cluster.js';
import { RecordingLogger } from '@amigo/test-utils';
import { sampleKundali, sampleXRay } from '../../testing/sample-profiles.js';
import { UserStoreUnavailableError } from '../errors/user-store-error.js';
import { UserStore } from './user-store.js';

describe('UserStore with cluster: true started before its cluster', () => {
  let cluster: LocalCluster | undefined;
  afterAll(async () => {
    await cluster?.stop();
  });

  it('fails while the cluster is down and recovers by itself once it is up', async () => {
    const ports = await freeClusterPorts(3);
    const store = new UserStore({ url: `redis://127.0.0.1:${ports[0]}`, cluster: true, timeoutMs: 5000, logger: new RecordingLogger() });
    const user = randomUUID();
    try {
      await expect(store.loadXRay(user)).rejects.toBeInstanceOf(UserStoreUnavailableError);
      await expect(store.saveUserData(user, sampleKundali, sampleXRay)).rejects.toBeInstanceOf(UserStoreUnavailableError);

      cluster = await startCluster(3, ports);
      let outcome: unknown;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        outcome = await store.saveUserData(user, sampleKundali, sampleXRay).then(() => 'saved', (e: unknown) => e);
        if (outcome === 'saved') break;
        expect(outcome).toBeInstanceOf(UserStoreUnavailableError);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(outcome).toBe('saved');
      expect(await store.loadUserData(user)).toEqual({ kundali: sampleKundali, xray: sampleXRay });
    } finally {
      await store.close();
    }
  }, 120_000);
});
