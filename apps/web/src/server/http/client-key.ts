import { createHash } from 'node:crypto';

/**
 * A short, non-reversible key for the calling client, used to rate-limit it without keeping its address.
 *
 * The address is the right-most `X-Forwarded-For` entry — the one appended by the nearest proxy, which a client
 * cannot choose — else `X-Real-IP`. `next start` fills `X-Forwarded-For` with the socket address only when the
 * request has none, so without a proxy a client can pick its own key: deploy behind a proxy that appends to it
 * (Vercel, nginx `proxy_add_x_forwarded_for`, a cloud load balancer).
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  const address = forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
  return createHash('sha256').update(address).digest('hex').slice(0, 16);
}
