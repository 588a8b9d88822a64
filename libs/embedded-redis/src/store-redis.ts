import { join } from 'node:path';
import { startEmbeddedRedis } from './embedded-redis.js';

export interface StoreRedis {
  /** Where the user store connects; for the embedded server it holds its password: never log it. */
  url: string;
  /** True for the embedded server: its files are on this machine, so deletes are also erased from them. */
  embedded: boolean;
  /** The embedded server's folder; undefined for a configured Redis. */
  dataDir?: string;
  /** True when this process started the embedded server (it stops with this process). */
  owned: boolean;
  stop(): Promise<void>;
}

/**
 * The Redis the user store uses: the configured one, or else the embedded server under `<dataDir>/redis` — started
 * by whichever local Amigo process needs it first and shared by all the others (the worker, its job processes, the
 * terminal session and the web app), so every one of them reads and writes the same profiles.
 */
export async function storeRedis(options: { url?: string; dataDir: string }): Promise<StoreRedis> {
  if (options.url) return { url: options.url, embedded: false, owned: false, stop: async () => undefined };
  const redis = await startEmbeddedRedis(join(options.dataDir, 'redis'));
  return { url: redis.url, embedded: true, dataDir: redis.dataDir, owned: redis.owned, stop: redis.stop };
}
