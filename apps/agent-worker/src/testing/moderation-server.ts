import { createServer, type ServerResponse } from 'node:http';
import { listenOnLoopback, readBody } from './loopback.js';

/** What the stand-in endpoint does with one request. */
export type ModerationBehaviour =
  | { categories: Record<string, boolean> }
  | { status: number }
  | { raw: string }
  /** Never answers (until the server closes): a slow endpoint. */
  | 'hang';

export interface ModerationRequest {
  url: string;
  authorization: string | undefined;
  body: { model?: string; input?: string };
}

/** Answers a moderation request as the hosted endpoint does, flagged when any category is. */
export function writeModerationResult(response: ServerResponse, model: string | undefined, categories: Record<string, boolean>): void {
  const flagged = Object.values(categories).some(Boolean);
  response
    .writeHead(200, { 'content-type': 'application/json' })
    .end(JSON.stringify({ id: 'modr-test', model, results: [{ flagged, categories, category_scores: {} }] }));
}

/**
 * A local OpenAI-compatible `/v1/moderations` endpoint on a free loopback port, answering each request as `behave`
 * decides from the input, and keeping every request.
 */
export async function startModerationServer(behave: (input: string) => ModerationBehaviour) {
  const requests: ModerationRequest[] = [];
  const held: ServerResponse[] = [];
  const waiters: Array<() => void> = [];
  const server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request)) as ModerationRequest['body'];
    requests.push({ url: request.url ?? '', authorization: request.headers.authorization, body });
    waiters.splice(0).forEach((wake) => wake());
    if (request.method !== 'POST' || request.url !== '/v1/moderations') {
      response.writeHead(404).end();
      return;
    }
    const behaviour = behave(body.input ?? '');
    if (behaviour === 'hang') held.push(response);
    else if ('status' in behaviour) response.writeHead(behaviour.status).end('{"error":{"message":"server error"}}');
    else if ('raw' in behaviour) response.writeHead(200, { 'content-type': 'application/json' }).end(behaviour.raw);
    else writeModerationResult(response, body.model, behaviour.categories);
  });
  return {
    baseURL: await listenOnLoopback(server),
    requests,
    /** Requests still waiting for an answer. */
    held,
    /** Resolves once `count` requests have arrived. */
    async arrived(count: number): Promise<void> {
      while (requests.length < count) await new Promise<void>((wake) => waiters.push(wake));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
