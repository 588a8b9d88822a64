/**
 * Whether a request comes from a page of this very site. Browsers always send `Origin` on POST and DELETE and
 * `Sec-Fetch-Site` where supported; neither can be forged by another site's script, so this stops other web pages
 * from minting tokens or erasing profiles through a visitor's browser. It is not authentication: a non-browser
 * client can send any header it likes, which is what the rate limit is for.
 */
export function isSameOrigin(headers: Headers): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') return false;
  const origin = headers.get('origin');
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
