import { jsonErrors, methodNotAllowed } from '../../../server/http/api-route';
import { deployedRequestPolicy } from '../../../server/http/request-policy';
import { FORGET_RATE_LIMIT, sharedRateLimiter } from '../../../server/http/shared-rate-limiter';
import { createForgetHandler } from '../../../server/profile/forget-handler';
import { sharedUserStore } from '../../../server/profile/shared-user-store';

export const dynamic = 'force-dynamic';

export const DELETE = jsonErrors(
  'api/profile',
  createForgetHandler({ store: sharedUserStore, limiter: sharedRateLimiter(FORGET_RATE_LIMIT), policy: deployedRequestPolicy }),
);

export const GET = methodNotAllowed(['DELETE']);
export const POST = GET;
export const PUT = GET;
export const PATCH = GET;
