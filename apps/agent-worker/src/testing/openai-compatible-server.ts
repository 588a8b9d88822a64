import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface ChatMessage {
  role: string;
  content?: string | null | Array<{ type: string; text?: string }>;
  tool_calls?: unknown[];
}

export type Reply = { content: string } | { toolCall: { name: string; arguments: Record<string, unknown> } };

/** Decides the model's reply from the conversation so far (the request's messages). */
export type Script = (messages: ChatMessage[]) => Reply;

function text(content: ChatMessage['content']): string {
  if (typeof content === 'string') return content;
  return (content ?? []).map((part) => part.text ?? '').join('');
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

/**
 * A local OpenAI-compatible `/v1/chat/completions` endpoint that streams scripted replies (text or one tool call),
 * standing in for a hosted LLM in tests of the real openai plugin; with `moderate`, also `/v1/moderations`, answering
 * the categories it gives for each input.
 */
export async function startOpenAICompatibleServer(
  script: Script,
  moderate?: (input: string) => Record<string, boolean>,
): Promise<{ baseURL: string; requests: ChatMessage[][]; moderated: string[]; close(): Promise<void> }> {
  const requests: ChatMessage[][] = [];
  const moderated: string[] = [];
  const server: Server = createServer(async (request, response) => {
    if (moderate && request.method === 'POST' && request.url?.endsWith('/moderations')) {
      const { input } = JSON.parse(await body(request)) as { input: string };
      moderated.push(input);
      const categories = moderate(input);
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: 'modr-test', results: [{ flagged: Object.values(categories).some(Boolean), categories }] }));
      return;
    }
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404).end();
      return;
    }
    const { messages } = JSON.parse(await body(request)) as { messages: ChatMessage[] };
    requests.push(messages);
    const reply = script(messages);
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const send = (delta: object, finish: string | null = null) =>
      response.write(
        `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model: 'test', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`,
      );
    if ('content' in reply) {
      send({ role: 'assistant', content: reply.content });
      send({}, 'stop');
    } else {
      send({
        role: 'assistant',
        tool_calls: [
          { index: 0, id: `call_${requests.length}`, type: 'function', function: { name: reply.toolCall.name, arguments: JSON.stringify(reply.toolCall.arguments) } },
        ],
      });
      send({}, 'tool_calls');
    }
    response.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    baseURL: `http://127.0.0.1:${address.port}/v1`,
    requests,
    moderated,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const lastMessage = (messages: ChatMessage[]) => {
  const last = messages[messages.length - 1];
  return { role: last?.role, text: text(last?.content ?? null) };
};
