import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { CLIENT_ADDRESS_HEADER, clientAddress, type ProxyTrust } from './client-address';
import { contentSecurityPolicy } from './content-security-policy';

export type NodeRequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface RequestListenerOptions {
  /** Next's request handler (`app.getRequestHandler()`). */
  handle: NodeRequestHandler;
  /** Proxies whose forwarding headers are believed (see client-address.ts). */
  trust: ProxyTrust;
  /** The LiveKit URL browsers connect to, allowed by the Content-Security-Policy. */
  liveKitUrl?: string;
}

/**
 * What the web server does before Next sees a request, where the socket is still known: resolve the client's address
 * from the socket and the trusted proxies (the route handlers' only source for it), and give the response a
 * Content-Security-Policy with a fresh nonce, put on the request too so Next marks its scripts with it.
 */
export function createRequestListener({ handle, trust, liveKitUrl }: RequestListenerOptions) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request, trust);
    const policy = contentSecurityPolicy({ nonce: randomBytes(16).toString('base64'), liveKitUrl });
    request.headers['content-security-policy'] = policy;
    response.setHeader('content-security-policy', policy);
    Promise.resolve()
      .then(() => handle(request, response))
      .catch((error: unknown) => {
        console.error(`[web] request failed (${error instanceof Error ? error.name : 'unknown error'})`);
        if (response.headersSent) {
          response.destroy();
          return;
        }
        const body = JSON.stringify({ error: 'internal_error', message: 'Something went wrong on our side; please try again.' });
        response.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
      });
  };
}

/**
 * Answers a request Node could not parse or that took too long, in the same JSON shape as every API error, instead
 * of Node's empty default.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request_timeout', 'The request did not arrive in time.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'invalid_request', 'The request headers are too large.']
        : [400, 'invalid_request', 'The request could not be parsed.'];
  const body = JSON.stringify({ error: code, message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncache-control: no-store\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
