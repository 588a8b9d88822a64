import { TokenBucketRateLimiter } from './rate-limiter';

describe('TokenBucketRateLimiter', () => {
  it('allows a burst of capacity, then refills at the configured rate', () => {
    let now = 1_000;
    const limiter = new TokenBucketRateLimiter({ capacity: 3, refillPerMinute: 12, now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 5 });
    now += 5_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('never refills beyond capacity', () => {
    let now = 0;
    const limiter = new TokenBucketRateLimiter({ capacity: 2, refillPerMinute: 60, now: () => now });
    limiter.take('a');
    now += 3_600_000;
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, false]);
  });

  it('keeps separate buckets per client', () => {
    const limiter = new TokenBucketRateLimiter({ capacity: 1, refillPerMinute: 1, now: () => 0 });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('forgets the idlest clients beyond maxClients instead of growing without bound', () => {
    const limiter = new TokenBucketRateLimiter({ capacity: 1, refillPerMinute: 1, maxClients: 2, now: () => 0 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('b').allowed).toBe(false);
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('refuses a configuration that would block everyone', () => {
    expect(() => new TokenBucketRateLimiter({ capacity: 0, refillPerMinute: 1 })).toThrow(RangeError);
    expect(() => new TokenBucketRateLimiter({ capacity: 1, refillPerMinute: 0 })).toThrow(RangeError);
  });
});
