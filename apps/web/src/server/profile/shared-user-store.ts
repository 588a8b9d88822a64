import { UserStore } from '@amigo/user-store';

let store: UserStore | undefined;

/**
 * One store (one Redis connection, opened on first use) per server process, configured like the agent-worker's:
 * `REDIS_URL`, `REDIS_CLUSTER=true` for a cluster seed node, `AMIGO_DATA_KEY` for encryption at rest.
 */
export function sharedUserStore(): UserStore {
  store ??= new UserStore({ cluster: process.env['REDIS_CLUSTER'] === 'true' });
  return store;
}
