import { createClient, createCluster } from 'redis';
import { webSettings, type WebSettings } from '../config/web-config';
import { createRateLimiter, type RateLimiter, type RateLimitPolicy } from './rate-limiter';

/** A session costs one: 10 per 100 s per client, so one every 10 s on average. */
export const TOKEN_RATE_LIMIT: RateLimitPolicy = { name: 'token', points: 10, durationSeconds: 100 };
/** Forgetting is rare: 5 a minute per client. */
export const FORGET_RATE_LIMIT: RateLimitPolicy = { name: 'forget', points: 5, durationSeconds: 60 };

let redis: ReturnType<typeof connect> | undefined;

/** How long the first requests wait for the limiters' Redis connection before counting in memory instead. */
const FIRST_CONNECT_WAIT_MS = 2_000;

/**
 * A limiter whose counts live in the Redis of `REDIS_URL`, shared by every web instance using it; without
 * `REDIS_URL`, counts are kept in this process. Built on first use, not at module load: `next build` evaluates
 * route modules without the deployment's environment.
 */
export function sharedRateLimiter(policy: RateLimitPolicy): RateLimiter {
  let limiter: RateLimiter | undefined;
  return {
    take: async (clientKey) => {
      limiter ??= build(policy, webSettings());
      // Until the connection is first up, counts would go to memory and then to Redis, splitting one client's count
      // in two: the first requests wait for it (briefly; a Redis that is down still leaves memory counting).
      if (redis && !redis.firstConnect.settled) await Promise.race([redis.firstConnect.done, delay(FIRST_CONNECT_WAIT_MS)]);
      return limiter.take(clientKey);
    },
  };
}

function build(policy: RateLimitPolicy, settings: WebSettings): RateLimiter {
  if (!settings.REDIS_URL) return createRateLimiter(policy);
  redis ??= connect(settings.REDIS_URL, settings.REDIS_CLUSTER);
  return createRateLimiter(policy, { redis: redis.client });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/**
 * One connection per process for the limiters. It reconnects in the background; meanwhile commands fail at once
 * (no offline queue) and the limiters count in memory. An outage is logged once, by error class only (a
 * connection error can quote the URL, which may hold a password).
 */
function connect(url: string, cluster: boolean) {
  const socket = {
    connectTimeout: 2_000,
    reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000),
  };
  const client = cluster
    ? createCluster({ rootNodes: [{ url }], defaults: { socket, disableOfflineQueue: true } })
    : createClient({ url, socket, disableOfflineQueue: true });
  let reported = false;
  client.on('error', (error: unknown) => {
    if (reported) return;
    reported = true;
    console.warn(`[rate-limit] Redis unavailable, counting in memory (${error instanceof Error ? error.name : 'unknown error'})`);
  });
  client.on('ready', () => (reported = false));
  const firstConnect = { settled: false, done: Promise.resolve() };
  firstConnect.done = client.connect().then(
    () => void (firstConnect.settled = true),
    () => void (firstConnect.settled = true),
  );
  return { client, firstConnect };
}
