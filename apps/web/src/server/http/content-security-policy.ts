/**
 * The Content-Security-Policy of every page: scripts only from this site and carrying this response's nonce (Next
 * puts it on its own scripts when it finds it in the request's policy), no plugins, no framing, no foreign forms,
 * and network connections only to this site and to the LiveKit server the token route hands out.
 *
 * `style-src` allows inline styles: React renders `style` attributes (the voice visualiser's bars), and styles cannot
 * run code.
 */
export function contentSecurityPolicy({ nonce, liveKitUrl }: { nonce: string; liveKitUrl?: string }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...liveKitSources(liveKitUrl)].join(' '),
    "media-src 'self' blob: mediastream:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Where livekit-client connects: the signalling WebSocket and, when it fails, an HTTP validation request to the same
 * host. LiveKit Cloud also routes a session to a regional host of the same domain, so for a Cloud URL its subdomains
 * are allowed too.
 */
function liveKitSources(liveKitUrl: string | undefined): string[] {
  if (!liveKitUrl) return [];
  let url: URL;
  try {
    url = new URL(liveKitUrl);
  } catch {
    return [];
  }
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  const sources = [`${secure ? 'wss' : 'ws'}://${url.host}`, `${secure ? 'https' : 'http'}://${url.host}`];
  const cloud = /(?:^|\.)(livekit\.cloud|livekit\.run)$/.exec(url.hostname)?.[1];
  if (cloud) sources.push(`wss://*.${cloud}`, `https://*.${cloud}`);
  return sources;
}
