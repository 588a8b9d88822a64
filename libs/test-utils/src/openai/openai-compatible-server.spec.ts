import { lastMessage } from './chat-message.js';
import { OpenAiCompatibleServer } from './openai-compatible-server.js';

const post = (url: string, body: object) =>
  fetch(url, { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('OpenAiCompatibleServer', () => {
  let server: OpenAiCompatibleServer;
  beforeEach(async () => {
    server = await OpenAiCompatibleServer.start();
  });
  afterEach(() => server.stop());

  it('listens on its own free loopback port', async () => {
    const other = await OpenAiCompatibleServer.start();
    try {
      expect(server.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      expect(other.baseURL).not.toBe(server.baseURL);
    } finally {
      await other.stop();
    }
  });

  it('answers scripted replies in order, records each request, and fails once the script runs out', async () => {
    server.reply({ content: 'first' }, { status: 429, headers: { 'retry-after': '1' }, body: { error: { message: 'slow down' } } });
    const messages = [{ role: 'user', content: 'hello' }];

    const first = await post(`${server.baseURL}/chat/completions`, { model: 'm', messages });
    expect(await first.json()).toMatchObject({ model: 'm', choices: [{ message: { role: 'assistant', content: 'first' }, finish_reason: 'stop' }] });
    const second = await post(`${server.baseURL}/chat/completions`, { model: 'm', messages });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('1');
    expect((await post(`${server.baseURL}/chat/completions`, { model: 'm', messages })).status).toBe(500);

    expect(server.requests).toHaveLength(3);
    expect(server.requests[0]).toMatchObject({ path: '/v1/chat/completions', headers: { authorization: 'Bearer k' }, body: { model: 'm', messages } });
    expect(server.answered).toEqual([0, 1, 2]);
  });

  it('streams a tool call chosen from the conversation when the request asks to stream', async () => {
    server.answerWith((messages) => ({ toolCall: { name: 'record', arguments: { answer: lastMessage(messages).text } } }));
    const response = await post(`${server.baseURL}/chat/completions`, {
      model: 'm',
      stream: true,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'in ' }, { type: 'text', text: 'Kolkata' }] }],
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const events = (await response.text()).split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((event) => JSON.parse(event.slice('data: '.length)));
    expect(chunks[0].choices[0].delta.tool_calls).toEqual([
      { index: 0, id: 'call_1', type: 'function', function: { name: 'record', arguments: '{"answer":"in Kolkata"}' } },
    ]);
    expect(chunks.at(-1).choices[0].finish_reason).toBe('tool_calls');
  });

  it('with moderate, answers moderations and records their input; without, they are not found', async () => {
    const moderating = await OpenAiCompatibleServer.start({ moderate: (input) => ({ categories: { 'self-harm': input === 'dark' } }) });
    try {
      const response = await post(`${moderating.baseURL}/moderations`, { model: 'mod', input: 'dark' });
      expect(await response.json()).toMatchObject({ model: 'mod', results: [{ flagged: true, categories: { 'self-harm': true } }] });
      expect(moderating.moderated).toEqual(['dark']);
      expect(moderating.requests).toEqual([]);
    } finally {
      await moderating.stop();
    }
    expect((await post(`${server.baseURL}/moderations`, { input: 'dark' })).status).toBe(404);
  });
});
