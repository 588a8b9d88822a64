import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchConnectionDetails } from './fetch-connection-details';
import { SessionError } from './session-error';

const USER_ID = '6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const details = { serverUrl: 'wss://x.livekit.cloud', participantToken: 'jwt', roomName: 'amigo-1', participantName: 'user-1' };

describe('fetchConnectionDetails against a real HTTP server', () => {
  let server: Server;
  let base: string;
  let answer: (req: IncomingMessage, res: ServerResponse, body: string) => void;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => answer(req, res, body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const reply = (status: number, json: unknown) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
  };

  it("posts the user id and the browser's locale as JSON and returns the connection details", async () => {
    let received: unknown;
    answer = (req, res, body) => {
      received = { method: req.method, type: req.headers['content-type'], body: JSON.parse(body) };
      reply(200, details)(req, res);
    };
    const locale = (globalThis as { navigator?: { language?: string } }).navigator?.language;
    await expect(fetchConnectionDetails(USER_ID, `${base}/api/token`)).resolves.toEqual(details);
    expect(received).toEqual({
      method: 'POST',
      type: 'application/json',
      body: { user_id: USER_ID, ...(locale ? { locale } : {}), time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    });
  });

  it.each([
    [503, 'not_configured'],
    [429, 'rate_limited'],
    [400, 'token_failed'],
    [500, 'token_failed'],
  ])('turns HTTP %i into a %s session error', async (status, kind) => {
    answer = reply(status, { error: 'x', message: 'y' });
    await expect(fetchConnectionDetails(USER_ID, `${base}/api/token`)).rejects.toMatchObject({ kind });
  });

  it('reports an unreachable app server', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const failure = fetchConnectionDetails(USER_ID, `http://127.0.0.1:${port}/api/token`);
    await expect(failure).rejects.toBeInstanceOf(SessionError);
    await expect(failure).rejects.toMatchObject({ kind: 'app_unreachable' });
  });
});
