import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { closeNow, listenOnLoopback, readBody } from '../loopback/loopback.js';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  response: ServerResponse;
}

export interface WebhookReceiver {
  /** Where to send: `http://127.0.0.1:<port><path>`. */
  url: string;
  received: ReceivedRequest[];
  /** Resolves with the first `count` requests once they have arrived. */
  requests(count: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
}

/**
 * A webhook receiver on a free loopback port. `answer` decides each response's status; returning undefined leaves the
 * request hanging (until `close`), like a receiver that has stopped answering.
 */
export async function startWebhookReceiver(
  answer: (request: ReceivedRequest, index: number) => number | undefined,
  path = '/webhook',
): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer(async (request, response) => {
    const entry = { headers: request.headers, body: await readBody(request), response };
    received.push(entry);
    waiters.splice(0).forEach((wake) => wake());
    const status = answer(entry, received.length - 1);
    if (status !== undefined) response.writeHead(status).end();
  });
  return {
    url: `${await listenOnLoopback(server)}${path}`,
    received,
    async requests(count: number): Promise<ReceivedRequest[]> {
      while (received.length < count) await new Promise<void>((wake) => waiters.push(wake));
      return received.slice(0, count);
    },
    close: () => closeNow(server),
  };
}
