import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    max_tokens?: number;
    messages: { role: string; content: string }[];
    response_format?: { type: string; json_schema?: { name: string; strict: boolean; schema: unknown } };
  };
}

/** One scripted answer: a chat-completion with this content, a bare HTTP status, or a reply held back for `delayMs`. */
export type ScriptedReply =
  | { content: string; delayMs?: number; refusal?: string }
  | { status: number; body?: unknown; headers?: Record<string, string> };

function completion(model: string, content: string | null, refusal: string | null) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_764_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

/**
 * A real OpenAI-compatible chat-completions server on 127.0.0.1 with a random port, answering from a script and
 * recording every request, so the LLM backend is exercised over real HTTP with the real SDK.
 */
export class OpenAiCompatibleServer {
  readonly requests: RecordedRequest[] = [];
  /** Indices of the requests answered so far; a held-back reply shows up only once its delay ran out. */
  readonly answered: number[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private script: ScriptedReply[] = [];
  private readonly server: Server;

  private constructor() {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (raw += chunk));
      req.on('end', () => this.answer(req.url ?? '', req.headers, raw, res));
    });
  }

  static async start(): Promise<OpenAiCompatibleServer> {
    const server = new OpenAiCompatibleServer();
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    return server;
  }

  get baseURL(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  reply(...replies: ScriptedReply[]): void {
    this.script = replies;
    this.requests.length = 0;
    this.answered.length = 0;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(path: string, headers: IncomingHttpHeaders, raw: string, res: ServerResponse): void {
    const body = JSON.parse(raw) as RecordedRequest['body'];
    const index = this.requests.push({ path, headers, body }) - 1;
    const scripted = this.script[index] ?? { status: 500, body: { error: { message: 'script exhausted' } } };
    if ('status' in scripted) {
      res.writeHead(scripted.status, { 'content-type': 'application/json', ...scripted.headers });
      res.end(JSON.stringify(scripted.body ?? { error: { message: `status ${scripted.status}` } }));
      this.answered.push(index);
      return;
    }
    const send = () => {
      this.answered.push(index);
      if (res.destroyed) return;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(completion(body.model, scripted.refusal ? null : scripted.content, scripted.refusal ?? null)),
      );
    };
    if (!scripted.delayMs) return send();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      send();
    }, scripted.delayMs);
    this.timers.add(timer);
  }
}
