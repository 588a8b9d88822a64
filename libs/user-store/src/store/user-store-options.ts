import type { Logger, UserRef } from '@amigo/logging';
import type { NodeRedisClient, NodeRedisCluster } from '../redis/redis-connection.js';

export interface UserStoreOptions {
  /** Redis URL; default `redis://localhost:6379`. Ignored when `client` is given. */
  url?: string;
  /** Treat `url` as a seed node of a Redis Cluster. */
  cluster?: boolean;
  /** Sliding expiry of a whole profile, refreshed on every read and write. Default 90 days. */
  ttlSeconds?: number;
  /** First segment of every key. Default `amigo` (the Python service's prefix). */
  keyPrefix?: string;
  /** Upper bound for one operation, connecting included. Default 2000 ms. */
  timeoutMs?: number;
  /** An existing node-redis client or cluster to share; the store uses it but never closes it. */
  client?: NodeRedisClient | NodeRedisCluster;
  /** AES-256-GCM keys (base64 strings or 32 raw bytes), newest first: the first encrypts, all decrypt. None: plain JSON. */
  dataKeys?: ReadonlyArray<string | Uint8Array>;
  /** Receives warnings (corrupt data, connection loss); default: the console. */
  logger?: Logger;
  /** Turns a user id into the keyed reference logs and errors carry; default: keyed with a random per-process secret. */
  userRef?: UserRef;
}
