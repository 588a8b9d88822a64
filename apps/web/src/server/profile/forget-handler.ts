import { InvalidUserIdError } from '@amigo/contracts';
import { DiskErasureError, UserStoreConfigError, UserStoreUnavailableError } from '@amigo/user-store';
import { apiError, apiOk } from '../http/api-response';
import { clientKey } from '../http/client-key';
import { readJsonBody } from '../http/json-body';
import type { RateLimiter } from '../http/rate-limiter';
import type { RequestPolicy } from '../http/request-policy';
import { isSameOrigin } from '../http/same-origin';
import { describeIssues } from '../token/token-request';
import { ForgetRequest } from './forget-request';

/** What "forget me" needs from the profile storage (satisfied by `UserStore`). */
export interface ProfileEraser {
  deleteUserData(userId: string): Promise<boolean>;
}

export interface ForgetHandlerDeps {
  /** The store (built on first use); may throw `UserStoreConfigError` when its configuration is unusable. */
  store: () => ProfileEraser | Promise<ProfileEraser>;
  limiter: RateLimiter;
  policy: () => RequestPolicy;
}

const MAX_FORGET_REQUEST_BYTES = 1024;

/**
 * `DELETE /api/profile`: erases the stored kundali and X-Ray of the given user id ("forget me"). The id is the
 * bearer secret, so knowing it is the authorisation, as for the agent-worker. Same origin, rate limit, size
 * limit and body deadline as the token route. Answers `{ deleted }` — whether anything was stored — so a repeat is harmless.
 */
export function createForgetHandler(deps: ForgetHandlerDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const policy = deps.policy();
    if (!isSameOrigin(request.headers, policy.publicOrigin)) {
      return apiError(403, 'cross_origin', 'Profiles can only be deleted from pages of this site.');
    }
    const decision = await deps.limiter.take(clientKey(request.headers));
    if (!decision.allowed) {
      return apiError(429, 'rate_limited', 'Too many requests; please wait a moment.', {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
    const body = await readJsonBody(request, { maxBytes: MAX_FORGET_REQUEST_BYTES, deadlineMs: policy.bodyDeadlineMs });
    if (!body.ok) return apiError(body.status, body.error, body.message);
    const parsed = ForgetRequest.safeParse(body.value);
    if (!parsed.success) return apiError(400, 'invalid_request', describeIssues(parsed.error));

    try {
      const deleted = await (await deps.store()).deleteUserData(parsed.data.user_id);
      return apiOk({ deleted });
    } catch (error) {
      return storeFailure(error);
    }
  };
}

function storeFailure(error: unknown): Response {
  if (error instanceof InvalidUserIdError) return apiError(400, 'invalid_request', 'user_id: must be a UUID');
  if (error instanceof UserStoreUnavailableError) {
    console.warn('[api/profile] profile storage unavailable');
    return apiError(503, 'storage_unavailable', 'Your data could not be reached right now.');
  }
  if (error instanceof DiskErasureError) {
    // Gone from memory; a repeat (deleted: false) asks the server again to rewrite its files without it.
    console.warn('[api/profile] erasure from disk not confirmed');
    return apiError(503, 'erasure_unconfirmed', 'Your data was deleted, but its erasure from disk is not confirmed yet; please try again.');
  }
  if (error instanceof UserStoreConfigError) {
    console.error(`[api/profile] profile storage misconfigured: ${error.message}`);
    return apiError(503, 'storage_not_configured', 'Profile storage is not configured on this server.');
  }
  console.error(`[api/profile] could not delete a profile (${error instanceof Error ? error.name : 'unknown error'})`);
  return apiError(500, 'internal_error', 'Your data could not be deleted.');
}
