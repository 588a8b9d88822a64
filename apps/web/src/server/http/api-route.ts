import { ConfigError } from '@amigo/config';
import { apiError } from './api-response';

type Handler = (request: Request) => Promise<Response>;

/**
 * Wraps a route handler so that whatever it throws still becomes a JSON error (Next would answer an empty 500), and
 * logs only the error's class: messages can quote configuration or personal data.
 */
export function jsonErrors(route: string, handler: Handler): Handler {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof ConfigError) {
        console.error(`[${route}] the server's configuration is invalid:\n${error.message}`);
        return apiError(503, 'server_misconfigured', 'This server is not configured correctly; please try again later.');
      }
      console.error(`[${route}] request failed (${error instanceof Error ? error.name : 'unknown error'})`);
      return apiError(500, 'internal_error', 'Something went wrong on our side; please try again.');
    }
  };
}

/** What a route answers to the methods it does not serve: 405 in JSON, with the ones it does in `Allow`. */
export function methodNotAllowed(allowed: readonly string[]): Handler {
  return async () =>
    apiError(405, 'method_not_allowed', `Use ${allowed.join(' or ')} for this resource.`, { allow: allowed.join(', ') });
}

/** The answer for a path under /api that no route serves. */
export async function apiNotFound(): Promise<Response> {
  return apiError(404, 'not_found', 'There is no such API resource.');
}
