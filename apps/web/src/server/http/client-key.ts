import { createHash } from 'node:crypto';
import { CLIENT_ADDRESS_HEADER } from './client-address';

/**
 * A short, non-reversible key for the calling client, used to rate-limit it without storing its address.
 *
 * The address is the one the web server resolved from the socket and its trusted proxies (see client-address.ts);
 * forwarding headers are never read here. Without that server in front (`next dev`), every client shares one key.
 */
export function clientKey(headers: Headers): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'unknown';
  return createHash('sha256').update(address).digest('hex').slice(0, 16);
}
