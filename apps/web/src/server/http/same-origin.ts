/**
 * Whether a request comes from a page of this site, whose public origin (scheme, host and port, e.g.
 * `https://amigo.example`) is configured rather than read from the request: a `Host` or `X-Forwarded-Host` header is
 * whatever the client or a proxy put there. Browsers always send `Origin` on POST and DELETE and `Sec-Fetch-Site`
 * where supported; neither can be forged by another site's script, so this stops other web pages from minting tokens
 * or erasing profiles through a visitor's browser. It is not authentication: a non-browser client can send any header
 * it likes, which is what the rate limit is for.
 */
export function isSameOrigin(headers: Headers, publicOrigin: string): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') return false;
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).origin === new URL(publicOrigin).origin;
  } catch {
    return false;
  }
}
