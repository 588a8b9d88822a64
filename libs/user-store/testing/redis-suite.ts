import { createClient } from 'redis';
import type { RedisMemoryServer } from 'redis-memory-server';
import { UserStore, type UserStoreOptions } from '../src/index.js';
import { startRedis } from './local-redis.js';
import { RecordingLogger } from '@amigo/test-utils';

export type AdminClient = ReturnType<typeof createClient>;

export interface RedisSuite {
  /** The private server's URL. */
  readonly url: string;
  /** A client of the suite's own, to arrange and inspect what is stored. */
  readonly admin: AdminClient;
  /** A store on the private server with the suite's defaults (and a recording logger), closed after each test. */
  store(options?: UserStoreOptions): UserStore;
}

/**
 * A private redis-server for one spec file: started before its first test, emptied after each test (the stores made
 * through it closed first), stopped after the last. Registers its own Jest hooks, so call it at the top level.
 */
export function useRedisSuite(defaults: UserStoreOptions = {}): RedisSuite {
  let started: { server: RedisMemoryServer; url: string; admin: AdminClient } | undefined;
  const stores: UserStore[] = [];
  const running = () => {
    if (!started) throw new Error('the Redis suite is not running: use it inside a test or a hook');
    return started;
  };

  beforeAll(async () => {
    const { server, url } = await startRedis();
    const admin: AdminClient = createClient({ url });
    admin.on('error', () => undefined);
    await admin.connect();
    started = { server, url, admin };
  });

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
    await started?.admin.flushAll();
  });

  afterAll(async () => {
    await started?.admin.close();
    await started?.server.stop();
    started = undefined;
  });

  return {
    get url() {
      return running().url;
    },
    get admin() {
      return running().admin;
    },
    store(options = {}) {
      const store = new UserStore({ url: running().url, logger: new RecordingLogger(), ...defaults, ...options });
      stores.push(store);
      return store;
    },
  };
}
