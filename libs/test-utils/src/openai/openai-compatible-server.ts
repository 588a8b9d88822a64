import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenOnLoopback, readBody } from '../loopback/loopback.js';
import { answerModeration, type ModerationBehaviour } from '../moderation/moderation-server.js';
import type { ChatMessage } from './chat-message.js';

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    stream?: boolean;
    max_tokens?: number;
    messages: ChatMessage[];
    tools?: unknown[];
    response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: unknown } };
  };
}

/**
 * One scripted answer: a completion with this content (or a refusal), one tool call, or a bare HTTP status; the first
 * two can be held back for `delayMs`.
 */
export type ScriptedReply =
  | { content: string; refusal?: string; delayMs?: number }
  | { toolCall: { name: string; arguments: Record<string, unknown> }; delayMs?: number }
  | { status: number; body?: unknown; headers?: Record<string, string> };

/** Decides the model's reply from the conversation so far and the request's position (0 for the first). */
export type Script = (messages: ChatMessage[], index: number) => ScriptedReply;

export interface OpenAiCompatibleServerOptions {
  /** Answers chat completions; `reply(...)` and `answerWith(...)` replace it. Without one, every request gets a 500. */
  script?: Script;
  /** Serves `/v1/moderations` too, answering each input as this decides. */
  moderate?: (input: string) => ModerationBehaviour;
}

const exhausted: ScriptedReply = { status: 500, body: { error: { message: 'script exhausted' } } };

function message(reply: Exclude<ScriptedReply, { status: number }>, index: number) {
  if ('toolCall' in reply) {
    const { name, arguments: args } = reply.toolCall;
    const call = { id: `call_${index + 1}`, type: 'function', function: { name, arguments: JSON.stringify(args) } };
    return { message: { role: 'assistant', content: null, tool_calls: [call] }, finish: 'tool_calls' };
  }
  const refusal = reply.refusal ?? null;
  return { message: { role: 'assistant', content: refusal ? null : reply.content, refusal }, finish: 'stop' };
}

function writeCompletion(response: ServerResponse, model: string, reply: Exclude<ScriptedReply, { status: number }>, index: number) {
  const { message: said, finish } = message(reply, index);
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: 1_764_000_000,
      model,
      choices: [{ index: 0, message: said, finish_reason: finish, logprobs: null }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    }),
  );
}

function writeStream(response: ServerResponse, model: string, reply: Exclude<ScriptedReply, { status: number }>, index: number) {
  const { message: said, finish } = message(reply, index);
  const chunk = (delta: object, finishReason: string | null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_764_000_000, model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
  const delta = said.tool_calls ? { ...said, tool_calls: said.tool_calls.map((call) => ({ index: 0, ...call })) } : said;
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  response.write(chunk(delta, null));
  response.write(chunk({}, finish));
  response.end('data: [DONE]\n\n');
}

/**
 * A real OpenAI-compatible server on a free port of 127.0.0.1: `/v1/chat/completions` answers from a script (a
 * queue of replies or a function of the conversation), as one JSON completion or, when the request asks to stream,
 * as server-sent chunks; with `moderate`, `/v1/moderations` too. Every request is recorded, so a client is exercised
 * over real HTTP with the real SDK and its requests can be asserted.
 */
export class OpenAiCompatibleServer {
  /** Every chat-completions request since the script was last set, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Indices of the requests answered so far; a held-back reply shows up only once its delay ran out. */
  readonly answered: number[] = [];
  /** The input of every moderation request. */
  readonly moderated: string[] = [];
  /** Moderation responses still waiting for an answer (`'hang'`). */
  readonly held: ServerResponse[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server: Server;
  private origin = '';

  private constructor(
    private script: Script,
    private readonly moderate: OpenAiCompatibleServerOptions['moderate'],
  ) {
    this.server = createServer((request, response) => {
      void readBody(request).then((raw) => this.answer(request.method ?? '', request.url ?? '', request.headers, raw, response));
    });
  }

  static async start(options: OpenAiCompatibleServerOptions = {}): Promise<OpenAiCompatibleServer> {
    const server = new OpenAiCompatibleServer(options.script ?? (() => exhausted), options.moderate);
    server.origin = await listenOnLoopback(server.server);
    return server;
  }

  /** The OpenAI-style API root, `http://127.0.0.1:<port>/v1`. */
  get baseURL(): string {
    return `${this.origin}/v1`;
  }

  /** Answers the next requests with these replies, in order (a 500 once they run out), and forgets earlier requests. */
  reply(...replies: ScriptedReply[]): void {
    this.answerWith((_, index) => replies[index] ?? exhausted);
  }

  /** Answers every next request as `script` decides, and forgets earlier requests. */
  answerWith(script: Script): void {
    this.script = script;
    this.requests.length = 0;
    this.answered.length = 0;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await closeNow(this.server);
  }

  private answer(method: string, path: string, headers: IncomingHttpHeaders, raw: string, response: ServerResponse): void {
    if (this.moderate && method === 'POST' && path.endsWith('/moderations')) {
      const { input, model } = JSON.parse(raw) as { input: string; model?: string };
      this.moderated.push(input);
      answerModeration(response, model, this.moderate(input), (open) => this.held.push(open));
      return;
    }
    if (method !== 'POST' || !path.endsWith('/chat/completions')) {
      response.writeHead(404).end();
      return;
    }
    const body = JSON.parse(raw) as RecordedRequest['body'];
    const index = this.requests.push({ path, headers, body }) - 1;
    const scripted = this.script(body.messages, index);
    if ('status' in scripted) {
      response.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
      response.end(JSON.stringify(scripted.body ?? { error: { message: `status ${scripted.status}` } }));
      this.answered.push(index);
      return;
    }
    const send = () => {
      this.answered.push(index);
      if (response.destroyed) return;
      (body.stream ? writeStream : writeCompletion)(response, body.model, scripted, index);
    };
    if (!scripted.delayMs) return send();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      send();
    }, scripted.delayMs);
    this.timers.add(timer);
  }
}
