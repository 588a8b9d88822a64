import { MAX_METADATA_BYTES } from '@amigo/contracts';
import { apiError, apiOk } from '../http/api-response';
import { clientKey } from '../http/client-key';
import { readJsonBody } from '../http/json-body';
import type { RateLimiter } from '../http/rate-limiter';
import type { RequestPolicy } from '../http/request-policy';
import { isSameOrigin } from '../http/same-origin';
import { readLiveKitConfig } from './livekit-config';
import { createParticipantToken } from './participant-token';
import { describeIssues, TokenRequest } from './token-request';

/** A valid request is a few hundred bytes; anything bigger is refused unread. */
export const MAX_TOKEN_REQUEST_BYTES = MAX_METADATA_BYTES;

export interface TokenHandlerDeps {
  /** Read on every request, so configuration fixed after start-up is picked up. */
  env: () => Record<string, string | undefined>;
  limiter: RateLimiter;
  policy: () => RequestPolicy;
}

/**
 * `POST /api/token`: a LiveKit token for one new room whose participant metadata carries the user's id and where
 * the browser is (its language and time zone). Checks, in order: same origin (403), per-client rate (429), LiveKit
 * configured (503), body size, type and deadline (413, 415, 408), body schema (400).
 */
export function createTokenHandler(deps: TokenHandlerDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const policy = deps.policy();
    if (!isSameOrigin(request.headers, policy.publicOrigin)) {
      return apiError(403, 'cross_origin', 'Tokens are only issued to pages of this site.');
    }
    const decision = await deps.limiter.take(clientKey(request.headers));
    if (!decision.allowed) {
      return apiError(429, 'rate_limited', 'Too many conversations started; please wait a moment.', {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
    const liveKit = readLiveKitConfig(deps.env());
    if (!liveKit.ok) {
      console.warn(`[api/token] LiveKit is not configured: missing ${liveKit.missing.join(', ')}`);
      return apiError(
        503,
        'livekit_not_configured',
        'Voice conversations are not available: LiveKit is not configured on this server.',
      );
    }
    const body = await readJsonBody(request, { maxBytes: MAX_TOKEN_REQUEST_BYTES, deadlineMs: policy.bodyDeadlineMs });
    if (!body.ok) return apiError(body.status, body.error, body.message);
    const parsed = TokenRequest.safeParse(body.value);
    if (!parsed.success) return apiError(400, 'invalid_request', describeIssues(parsed.error));

    const { user_id, locale, time_zone } = parsed.data;
    try {
      return apiOk(
        await createParticipantToken(liveKit.config, {
          user_id,
          ...(locale ? { locale } : {}),
          ...(time_zone ? { time_zone } : {}),
        }),
      );
    } catch (error) {
      // The error name only: a signing error's message could quote configuration.
      console.error(`[api/token] could not sign a token (${error instanceof Error ? error.name : 'unknown error'})`);
      return apiError(500, 'internal_error', 'Could not start a conversation; please try again.');
    }
  };
}
