export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until one more request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

export interface TokenBucketOptions {
  /** Requests a client may make in a burst. */
  capacity: number;
  /** Requests a client regains per minute. */
  refillPerMinute: number;
  /** Clients tracked at once; the least recently seen are forgotten first, which bounds memory under a flood. */
  maxClients?: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Per-client token bucket kept in this process's memory. With several instances (serverless, replicas) each one
 * counts separately, so the effective limit multiplies: such deployments need a shared limiter (Redis, the edge).
 */
export class TokenBucketRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(options: TokenBucketOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerMinute > 0)) {
      throw new RangeError('rate limit needs capacity >= 1 and refillPerMinute > 0');
    }
    this.capacity = options.capacity;
    this.refillPerMs = options.refillPerMinute / 60_000;
    this.maxClients = options.maxClients ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  take(key: string): RateLimitDecision {
    const now = this.now();
    const previous = this.buckets.get(key);
    const tokens = previous
      ? Math.min(this.capacity, previous.tokens + (now - previous.updatedAt) * this.refillPerMs)
      : this.capacity;
    // Re-inserting keeps the Map ordered by last use, so eviction drops the idlest clients.
    this.buckets.delete(key);
    if (tokens >= 1) {
      this.remember(key, { tokens: tokens - 1, updatedAt: now });
      return { allowed: true, retryAfterSeconds: 0 };
    }
    this.remember(key, { tokens, updatedAt: now });
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.refillPerMs / 1000)) };
  }

  private remember(key: string, bucket: Bucket): void {
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxClients) {
      const idlest = this.buckets.keys().next().value;
      if (idlest === undefined) break;
      this.buckets.delete(idlest);
    }
  }
}
