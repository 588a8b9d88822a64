/** Every API answer is private to one user and must never be cached by a browser or a proxy. */
const NO_STORE = { 'cache-control': 'no-store' } as const;

export type ApiErrorCode =
  | 'cross_origin'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'request_timeout'
  | 'invalid_request'
  | 'not_found'
  | 'method_not_allowed'
  | 'livekit_not_configured'
  | 'storage_not_configured'
  | 'server_misconfigured'
  | 'storage_unavailable'
  | 'erasure_unconfirmed'
  | 'internal_error';

/** The error body the web client understands: a stable code to branch on and a sentence a person can read. */
export function apiError(status: number, error: ApiErrorCode, message: string, headers?: HeadersInit): Response {
  return Response.json({ error, message }, { status, headers: { ...NO_STORE, ...Object.fromEntries(new Headers(headers)) } });
}

export function apiOk(body: unknown): Response {
  return Response.json(body, { status: 200, headers: NO_STORE });
}
