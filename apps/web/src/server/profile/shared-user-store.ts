import { storeRedis } from '@amigo/embedded-redis';
import { keyedUserRef } from '@amigo/logging';
import { UserStore } from '@amigo/user-store';
import { resolveDataDir, webSettings, type WebSettings } from '../config/web-config';

let store: Promise<UserStore> | undefined;

/**
 * One store (one Redis connection, opened on first use) per server process, configured like the agent-worker's:
 * `REDIS_URL`, `REDIS_CLUSTER=true` for a cluster seed node, `AMIGO_DATA_KEY` for encryption at rest. Without
 * `REDIS_URL` it is the embedded Redis under `AMIGO_DATA_DIR` — the very server the worker and the terminal session
 * use (whichever process needs it first starts it) — so a profile forgotten here is forgotten for them too.
 */
export function sharedUserStore(): Promise<UserStore> {
  store ??= createSharedStore(webSettings()).catch((error: unknown) => {
    store = undefined;
    throw error;
  });
  return store;
}

export async function createSharedStore(settings: WebSettings): Promise<UserStore> {
  const redis = await storeRedis({ url: settings.REDIS_URL, dataDir: resolveDataDir(settings.AMIGO_DATA_DIR) });
  return new UserStore({
    url: redis.url,
    cluster: settings.REDIS_CLUSTER,
    dataKeys: settings.AMIGO_DATA_KEY,
    allowPlaintext: settings.AMIGO_ALLOW_PLAINTEXT,
    legacyFallback: settings.AMIGO_LEGACY_FALLBACK,
    eraseFromDisk: redis.embedded || settings.AMIGO_ERASE_FROM_DISK,
    userRef: keyedUserRef(settings.AMIGO_LOG_SECRET),
  });
}
