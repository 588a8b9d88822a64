import { UserStore } from '@amigo/user-store';

let store: UserStore | undefined;

/**
 * One store (one Redis connection, opened on first use) per server process, configured by `REDIS_URL`
 * and `AMIGO_DATA_KEY` as in the agent-worker.
 */
export function sharedUserStore(): UserStore {
  store ??= new UserStore();
  return store;
}
