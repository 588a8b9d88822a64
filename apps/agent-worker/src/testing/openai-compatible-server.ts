import { createServer, type Server } from 'node:http';
import { listenOnLoopback, readBody } from './loopback.js';
import { writeModerationResult } from './moderation-server.js';

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
      const { input, model } = JSON.parse(await readBody(request)) as { input: string; model?: string };
      moderated.push(input);
      writeModerationResult(response, model, moderate(input));
      return;
    }
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      response.writeHead(404).end();
      return;
    }
    const { messages } = JSON.parse(await readBody(request)) as { messages: ChatMessage[] };
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
  return {
    baseURL: await listenOnLoopback(server),
    requests,
    moderated,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export const lastMessage = (messages: ChatMessage[]) => {
  const last = messages[messages.length - 1];
  return { role: last?.role, text: text(last?.content ?? null) };
};
