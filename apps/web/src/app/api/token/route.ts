import { TokenBucketRateLimiter } from '../../../server/http/rate-limiter';
import { createTokenHandler } from '../../../server/token/token-handler';

export const dynamic = 'force-dynamic';

/** A session costs one token: 10 at once, then one every 10 s per client (in this process; see README). */
export const POST = createTokenHandler({
  env: () => process.env,
  limiter: new TokenBucketRateLimiter({ capacity: 10, refillPerMinute: 6 }),
});
