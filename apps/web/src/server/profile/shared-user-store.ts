import { keyedUserRef } from '@amigo/logging';
import { UserStore } from '@amigo/user-store';
import { webSettings } from '../config/web-config';

let store: UserStore | undefined;

/**
 * One store (one Redis connection, opened on first use) per server process, configured like the agent-worker's:
 * `REDIS_URL`, `REDIS_CLUSTER=true` for a cluster seed node, `AMIGO_DATA_KEY` for encryption at rest.
 */
export function sharedUserStore(): UserStore {
  if (store) return store;
  const settings = webSettings();
  store = new UserStore({
    url: settings.REDIS_URL ?? 'redis://localhost:6379',
    cluster: settings.REDIS_CLUSTER,
    dataKeys: settings.AMIGO_DATA_KEY,
    userRef: keyedUserRef(settings.AMIGO_LOG_SECRET),
  });
  return store;
}
