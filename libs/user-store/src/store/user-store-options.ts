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
  /**
   * With `dataKeys`: accept stored plain-JSON profiles (written before encryption was switched on) instead of
   * refusing them with `PlaintextRefusedError`. For the migration period only. Default false.
   */
  allowPlaintext?: boolean;
  /** Largest serialised kundali or X-Ray (bytes of JSON) that is written or read. Default 131072 (128 KiB). */
  maxValueBytes?: number;
  /**
   * How long a deleted user's tombstone lives: writes for that user (in flight or new) are refused meanwhile.
   * Default 3600 s; it should outlast the longest session.
   */
  forgetTombstoneSeconds?: number;
  /**
   * Look up Python-era keys on every load that finds no profile (a second round trip per unknown user). Default
   * false: run `migrateLegacyProfiles()` once instead.
   */
  legacyFallback?: boolean;
  /**
   * After each delete, rewrite the append-only file and wait until Redis reports it done, so the deleted profile is
   * no longer in the server's files. For a standalone Redis with AOF whose files you control (the embedded one).
   */
  eraseFromDisk?: boolean;
  /** Bound of the on-disk erasure of one delete. Default 30000 ms. */
  erasureTimeoutMs?: number;
  /** Receives warnings (corrupt data, connection loss); default: the console. */
  logger?: Logger;
  /** Turns a user id into the keyed reference logs and errors carry; default: keyed with a random per-process secret. */
  userRef?: UserRef;
}

/** Where a maintenance pass resumes and what it reports after every batch. */
export interface MaintenanceOptions {
  /** The SCAN cursor a previous, interrupted pass reported; default '0' (from the start). */
  cursor?: string;
  /** SCAN COUNT hint. Default 200. */
  batchSize?: number;
  /** Called after every batch with the cursor to resume from ('0' once the pass is complete); awaited. */
  onProgress?: (progress: MaintenanceProgress) => void | Promise<void>;
}

export interface MaintenanceProgress {
  /** Resume from here; '0' means the whole key space was covered. */
  readonly cursor: string;
  /** Keys examined so far in this run. */
  readonly scanned: number;
  /** Profiles written in the new layout or under the newest key. */
  readonly rewritten: number;
  /** Keys left as they were because they are unreadable or incomplete (counted, logged by reason only). */
  readonly failed: number;
}
