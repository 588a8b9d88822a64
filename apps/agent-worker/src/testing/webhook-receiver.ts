import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
  response: ServerResponse;
}

/**
 * An operator's webhook on loopback (free port). `answer` decides each response; returning undefined leaves the
 * request hanging (until `close`), like a receiver that has stopped answering.
 */
export async function startWebhookReceiver(answer: (request: ReceivedRequest, index: number) => number | undefined) {
  const received: ReceivedRequest[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), response };
    received.push(entry);
    waiters.splice(0).forEach((wake) => wake());
    const status = answer(entry, received.length - 1);
    if (status !== undefined) response.writeHead(status).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/escalations`,
    received,
    /** Resolves once `count` requests have arrived. */
    async requests(count: number): Promise<ReceivedRequest[]> {
      while (received.length < count) await new Promise<void>((wake) => waiters.push(wake));
      return received.slice(0, count);
    },
    async close(): Promise<void> {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
