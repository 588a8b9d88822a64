import { createServer, type ServerResponse } from 'node:http';
import { closeNow, listenOnLoopback, readBody } from '../loopback/loopback.js';

/** What a stand-in moderation endpoint does with one request. */
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

/**
 * Answers one moderation request as `behaviour` says, flagged when any category is; a held (`'hang'`) response is
 * handed to `hold` so that the caller can see it is still open.
 */
export function answerModeration(
  response: ServerResponse,
  model: string | undefined,
  behaviour: ModerationBehaviour,
  hold: (response: ServerResponse) => void,
): void {
  if (behaviour === 'hang') return hold(response);
  if ('status' in behaviour) {
    response.writeHead(behaviour.status).end('{"error":{"message":"server error"}}');
    return;
  }
  const json = { 'content-type': 'application/json' };
  if ('raw' in behaviour) {
    response.writeHead(200, json).end(behaviour.raw);
    return;
  }
  const { categories } = behaviour;
  const flagged = Object.values(categories).some(Boolean);
  response
    .writeHead(200, json)
    .end(JSON.stringify({ id: 'modr-test', model, results: [{ flagged, categories, category_scores: {} }] }));
}

export interface ModerationServer {
  /** The OpenAI-style API root, `http://127.0.0.1:<port>/v1`. */
  baseURL: string;
  /** Every request, to any path, in arrival order. */
  requests: ModerationRequest[];
  /** Responses still waiting for an answer. */
  held: ServerResponse[];
  /** Resolves once `count` requests have arrived. */
  arrived(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible `/v1/moderations` endpoint on a free loopback port, answering each request as `behave`
 * decides from its input, and keeping every request.
 */
export async function startModerationServer(behave: (input: string) => ModerationBehaviour): Promise<ModerationServer> {
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
    answerModeration(response, body.model, behave(body.input ?? ''), (open) => held.push(open));
  });
  return {
    baseURL: `${await listenOnLoopback(server)}/v1`,
    requests,
    held,
    async arrived(count: number): Promise<void> {
      while (requests.length < count) await new Promise<void>((wake) => waiters.push(wake));
    },
    close: () => closeNow(server),
  };
}
