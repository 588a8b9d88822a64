import { jsonErrors, methodNotAllowed } from '../../../server/http/api-route';
import { deployedRequestPolicy } from '../../../server/http/request-policy';
import { sharedRateLimiter, TOKEN_RATE_LIMIT } from '../../../server/http/shared-rate-limiter';
import { createTokenHandler } from '../../../server/token/token-handler';

export const dynamic = 'force-dynamic';

export const POST = jsonErrors(
  'api/token',
  createTokenHandler({ env: () => process.env, limiter: sharedRateLimiter(TOKEN_RATE_LIMIT), policy: deployedRequestPolicy }),
);

export const GET = methodNotAllowed(['POST']);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
