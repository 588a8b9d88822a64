import { startModerationServer } from './moderation-server.js';

describe('startModerationServer', () => {
  it('answers each input as told, keeps every request, and holds a hanging one open until it closes', async () => {
    const server = await startModerationServer((input) => (input === 'slow' ? 'hang' : input === 'down' ? { status: 503 } : { categories: { violence: false } }));
    const post = (input: string) =>
      fetch(`${server.baseURL}/moderations`, { method: 'POST', headers: { authorization: 'Bearer k' }, body: JSON.stringify({ model: 'mod', input }) });
    try {
      expect(await (await post('calm')).json()).toMatchObject({ model: 'mod', results: [{ flagged: false }] });
      expect((await post('down')).status).toBe(503);
      const slow = post('slow').catch(() => 'cut');
      await server.arrived(3);
      expect(server.held).toHaveLength(1);
      expect(server.held[0]?.headersSent).toBe(false);
      expect(server.requests.map((r) => [r.url, r.authorization, r.body.input])).toEqual([
        ['/v1/moderations', 'Bearer k', 'calm'],
        ['/v1/moderations', 'Bearer k', 'down'],
        ['/v1/moderations', 'Bearer k', 'slow'],
      ]);
      await server.close();
      await expect(slow).resolves.toBe('cut');
    } finally {
      await server.close().catch(() => undefined);
    }
  });
});
