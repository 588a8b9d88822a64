import { TokenBucketRateLimiter } from '../../../server/http/rate-limiter';
import { createForgetHandler } from '../../../server/profile/forget-handler';
import { sharedUserStore } from '../../../server/profile/shared-user-store';

export const dynamic = 'force-dynamic';

export const DELETE = createForgetHandler({
  store: sharedUserStore,
  limiter: new TokenBucketRateLimiter({ capacity: 5, refillPerMinute: 5 }),
});
