import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { CLIENT_ADDRESS_HEADER, trustedProxies } from './client-address';
import { answerClientError, createRequestListener, type NodeRequestHandler } from './request-listener';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A stand-in for Next: reports the headers it was handed. */
const echo: NodeRequestHandler = (request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(request.headers));
};

describe('the web server in front of Next, on a real socket', () => {
  let server: Server;
  let port: number;
  let handle: NodeRequestHandler = echo;
  let trusted: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) =>
      createRequestListener({
        handle: (req, res) => handle(req, res),
        trust: trustedProxies(trusted),
        liveKitUrl: 'wss://amigo-test.livekit.cloud',
      })(request, response),
    );
    server.on('clientError', answerClientError);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  afterEach(() => {
    handle = echo;
    trusted = [];
  });

  const get = (headers: Record<string, string> = {}, localAddress = '127.0.0.1') =>
    new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/token', headers, localAddress }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it("hands Next the socket's address, whatever X-Forwarded-For or our own header a client sends", async () => {
    const seen = JSON.parse(
      (await get({ 'x-forwarded-for': '203.0.113.1', [CLIENT_ADDRESS_HEADER]: '203.0.113.2' }, '127.0.0.2')).body,
    );
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.2');
  });

  it('believes X-Forwarded-For from a trusted proxy only', async () => {
    trusted = ['127.0.0.1'];
    const viaProxy = JSON.parse((await get({ 'x-forwarded-for': '203.0.113.1' }, '127.0.0.1')).body);
    expect(viaProxy[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.1');
    const direct = JSON.parse((await get({ 'x-forwarded-for': '203.0.113.1' }, '127.0.0.3')).body);
    expect(direct[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.3');
  });

  it('gives every response a Content-Security-Policy with a fresh nonce, the same one Next is handed', async () => {
    const first = await get();
    const second = await get();
    const policy = String(first.headers['content-security-policy']);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(JSON.parse(first.body)['content-security-policy']).toBe(policy);
    expect(second.headers['content-security-policy']).not.toBe(policy);
    expect(policy).toContain("script-src 'self' 'nonce-");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toMatch(/connect-src 'self' wss:\/\/amigo-test\.livekit\.cloud https:\/\/amigo-test\.livekit\.cloud wss:\/\/\*\.livekit\.cloud/);
  });

  it('answers JSON when the handler throws', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    handle = () => {
      throw new TypeError('boom at redis://user:secret@host');
    };
    const answer = await get();
    expect(answer.status).toBe(500);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(JSON.parse(answer.body).error).toBe('internal_error');
    expect(JSON.stringify(error.mock.calls)).not.toContain('secret');
    error.mockRestore();
  });

  it('answers JSON to a request Node cannot parse', async () => {
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('close', () => resolve(text));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('content-type: application/json');
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({
      error: 'invalid_request',
      message: 'The request could not be parsed.',
    });
  });
});
