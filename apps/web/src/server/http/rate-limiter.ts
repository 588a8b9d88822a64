import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, RLWrapperTimeouts } from 'rate-limiter-flexible';

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until one more request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

/** Counts a client's requests and says whether one more is allowed. */
export interface RateLimiter {
  take(clientKey: string): Promise<RateLimitDecision>;
}

/** `points` requests per client in each window of `durationSeconds`; `name` keeps one route's counts apart from another's. */
export interface RateLimitPolicy {
  name: string;
  points: number;
  durationSeconds: number;
}

export interface SharedRateLimitOptions {
  /** A node-redis client or cluster (`createClient()`/`createCluster()`), connected or connecting; the limiter never closes it. */
  redis: unknown;
  /** Longer than this, a Redis answer is not waited for: this process's own count decides. Default 500 ms. */
  timeoutMs?: number;
  /** Key prefix in Redis, before the policy's name. Default `amigo:rate`. */
  keyPrefix?: string;
}

interface Consumer {
  consume(key: string): Promise<RateLimiterRes>;
}

/**
 * A rate limiter from rate-limiter-flexible. With `shared`, the counts live in Redis so every web instance sees the
 * same ones; while Redis is unreachable or slow, each instance falls back to counting in its own memory (so the
 * site keeps answering, with limits per instance until Redis is back). Without `shared`, counts are per process.
 */
export function createRateLimiter(policy: RateLimitPolicy, shared?: SharedRateLimitOptions): RateLimiter {
  if (!(policy.points >= 1) || !(policy.durationSeconds >= 1)) {
    throw new RangeError('a rate limit needs points >= 1 and durationSeconds >= 1');
  }
  const memory = new RateLimiterMemory({
    keyPrefix: policy.name,
    points: policy.points,
    duration: policy.durationSeconds,
  });
  if (!shared) return new FlexibleRateLimiter(memory);
  const redis = new RateLimiterRedis({
    storeClient: shared.redis,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix: `${shared.keyPrefix ?? 'amigo:rate'}:${policy.name}`,
    points: policy.points,
    duration: policy.durationSeconds,
    insuranceLimiter: memory,
  });
  return new FlexibleRateLimiter(new RLWrapperTimeouts({ limiter: redis, timeoutMs: shared.timeoutMs ?? 500 }));
}

class FlexibleRateLimiter implements RateLimiter {
  constructor(private readonly limiter: Consumer) {}

  async take(clientKey: string): Promise<RateLimitDecision> {
    try {
      await this.limiter.consume(clientKey);
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (outcome) {
      // rate-limiter-flexible rejects with a RateLimiterRes when the client is over its limit, with an Error otherwise.
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
    }
  }
}
