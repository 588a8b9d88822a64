import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The request header through which the web server hands the client's address to the route handlers (Next's route
 * handlers cannot see the socket). The server always overwrites it, so a client cannot choose it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-amigo-client-address';

export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * Which hops may speak for the client. Throws `TypeError` for an entry that is neither an address, a CIDR range
 * nor one of proxy-addr's names.
 */
export function trustedProxies(list: readonly string[]): ProxyTrust {
  return proxyaddr.compile([...list]);
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case `X-Forwarded-For` is
 * read from the right, hop by hop, for as long as each hop is trusted too. A client talking to the server directly
 * can therefore write anything into `X-Forwarded-For` and still be counted under its own address.
 */
export function clientAddress(request: IncomingMessage, trust: ProxyTrust): string {
  return proxyaddr(request, trust);
}
