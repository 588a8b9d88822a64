import { TokenVerifier } from 'livekit-server-sdk';
import { ParticipantMetadata } from '@amigo/contracts';
import { CLIENT_ADDRESS_HEADER } from '../http/client-address';
import { createRateLimiter, type RateLimiter } from '../http/rate-limiter';
import { participantIdentity } from './participant-identity';
import { TOKEN_TTL_SECONDS } from './participant-token';
import { createTokenHandler } from './token-handler';

const ENV = {
  LIVEKIT_URL: 'wss://amigo-test.livekit.cloud',
  LIVEKIT_API_KEY: 'APItestkey',
  LIVEKIT_API_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
};
const USER_ID = '6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f';
const ORIGIN = 'http://amigo.test:3000';

const POLICY = { publicOrigin: ORIGIN, bodyDeadlineMs: 5_000 };
const generous = () => createRateLimiter({ name: 'token', points: 100, durationSeconds: 60 });

function handler(env: Record<string, string | undefined> = ENV, limiter: RateLimiter = generous(), policy = POLICY) {
  return createTokenHandler({ env: () => env, limiter, policy: () => policy });
}

function tokenRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/token`, {
    method: 'POST',
    headers: {
      host: 'amigo.test:3000',
      origin: ORIGIN,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
      [CLIENT_ADDRESS_HEADER]: '203.0.113.7',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function verified(response: Response) {
  const body = await response.json();
  const claims = await new TokenVerifier(ENV.LIVEKIT_API_KEY, ENV.LIVEKIT_API_SECRET).verify(body.participantToken);
  return { body, claims };
}

describe('POST /api/token', () => {
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('issues a verifiable token whose metadata carries the user id and locale, and no conversation', async () => {
    const response = await handler()(
      tokenRequest({ user_id: USER_ID.toUpperCase(), locale: 'hi-IN', time_zone: 'Asia/Kolkata' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { body, claims } = await verified(response);
    expect(body.serverUrl).toBe(ENV.LIVEKIT_URL);
    expect(body.roomName).toMatch(/^amigo-[0-9a-f-]{36}$/);
    expect(body.participantName).toBe(participantIdentity(USER_ID));
    expect(ParticipantMetadata.parse(JSON.parse(claims.metadata ?? ''))).toEqual({
      user_id: USER_ID,
      locale: 'hi-IN',
      time_zone: 'Asia/Calcutta',
    });
    expect(claims.sub).toBe(participantIdentity(USER_ID));
    expect(claims.sub).not.toContain(USER_ID);
    expect(claims.video).toMatchObject({
      room: body.roomName,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
    });
    expect(claims.video?.roomAdmin).toBeFalsy();
    expect((claims.exp ?? 0) - (claims.nbf ?? 0)).toBe(TOKEN_TTL_SECONDS);
  });

  it('derives a stable identity per user and a new room per session', async () => {
    const first = await verified(await handler()(tokenRequest({ user_id: USER_ID })));
    const second = await verified(await handler()(tokenRequest({ user_id: USER_ID })));
    expect(second.claims.sub).toBe(first.claims.sub);
    expect(second.body.roomName).not.toBe(first.body.roomName);
    expect(JSON.parse(first.claims.metadata ?? '')).toEqual({ user_id: USER_ID });
  });

  it('dispatches the named agent when AMIGO_AGENT_NAME is set', async () => {
    const { claims } = await verified(await handler({ ...ENV, AMIGO_AGENT_NAME: 'amigo' })(tokenRequest({ user_id: USER_ID })));
    expect(claims.roomConfig?.agents?.[0]?.agentName).toBe('amigo');
  });

  it('never puts the API secret in the response', async () => {
    const text = await (await handler()(tokenRequest({ user_id: USER_ID }))).text();
    expect(text).not.toContain(ENV.LIVEKIT_API_SECRET);
  });

  it.each([
    ['a non-UUID user id', { user_id: 'alice' }, /user_id/],
    ['a missing user id', {}, /user_id/],
    ['a numeric user id', { user_id: 42 }, /user_id/],
    ['a client-chosen room', { user_id: USER_ID, room_name: 'someone-elses-room' }, /room_name/],
    ['an unknown time zone', { user_id: USER_ID, time_zone: 'Mars/Olympus' }, /time_zone/],
  ])('answers 400 with a reason for %s', async (_label, body, reason) => {
    const response = await handler()(tokenRequest(body));
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error).toBe('invalid_request');
    expect(json.message).toMatch(reason);
  });

  it('does not echo the submitted id in a 400', async () => {
    const response = await handler()(tokenRequest({ user_id: 'secret-looking-value' }));
    expect(await response.text()).not.toContain('secret-looking-value');
  });

  it('answers 400 for a conversation history: it never travels in the token', async () => {
    const history = [{ role: 'user', content: 'hi' }];
    const response = await handler()(tokenRequest({ user_id: USER_ID, conversation_history: history }));
    expect(response.status).toBe(400);
    expect((await response.json()).message).toMatch(/conversation_history/);
  });

  it('answers 413 for a body over the size limit without reading it all', async () => {
    const response = await handler()(tokenRequest({ user_id: USER_ID, padding: 'x'.repeat(200_000) }));
    expect(response.status).toBe(413);
  });

  it('answers 413 when the body is larger than its declared length', async () => {
    const big = JSON.stringify({ user_id: USER_ID, padding: 'x'.repeat(200_000) });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const request = new Request(`${ORIGIN}/api/token`, {
      method: 'POST',
      headers: { host: 'amigo.test:3000', origin: ORIGIN, 'content-type': 'application/json', 'content-length': '10' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await handler()(request)).status).toBe(413);
  });

  it('answers 400 for a body that is not JSON and 415 for another media type', async () => {
    expect((await handler()(tokenRequest('{"user_id":'))).status).toBe(400);
    expect((await handler()(tokenRequest('user_id=x', { 'content-type': 'application/x-www-form-urlencoded' }))).status).toBe(415);
  });

  it.each([
    ['LIVEKIT_URL', { ...ENV, LIVEKIT_URL: undefined }],
    ['LIVEKIT_API_KEY', { ...ENV, LIVEKIT_API_KEY: '' }],
    ['LIVEKIT_API_SECRET', { ...ENV, LIVEKIT_API_SECRET: '  ' }],
    ['LIVEKIT_URL', { ...ENV, LIVEKIT_URL: 'amigo.livekit.cloud' }],
  ])('answers 503 with a clear message when %s is missing or unusable', async (name, env) => {
    const response = await handler(env)(tokenRequest({ user_id: USER_ID }));
    expect(response.status).toBe(503);
    const json = await response.json();
    expect(json).toEqual({ error: 'livekit_not_configured', message: expect.stringMatching(/LiveKit is not configured/) });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(name));
  });

  it('logs no secret and no user id', async () => {
    await handler({ ...ENV, LIVEKIT_URL: undefined })(tokenRequest({ user_id: USER_ID }));
    await handler()(tokenRequest({ user_id: USER_ID }));
    const logged = JSON.stringify([...warn.mock.calls, ...error.mock.calls]);
    expect(logged).not.toContain(ENV.LIVEKIT_API_SECRET);
    expect(logged).not.toContain(ENV.LIVEKIT_API_KEY);
    expect(logged).not.toContain(USER_ID);
  });

  it('answers 429 with Retry-After once a client exhausts its bucket, and lets others through', async () => {
    const limited = handler(ENV, createRateLimiter({ name: 'token', points: 2, durationSeconds: 100 }));
    expect((await limited(tokenRequest({ user_id: USER_ID }))).status).toBe(200);
    expect((await limited(tokenRequest({ user_id: USER_ID }))).status).toBe(200);
    const refused = await limited(tokenRequest({ user_id: USER_ID }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(90);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(100);
    expect((await refused.json()).error).toBe('rate_limited');

    expect((await limited(tokenRequest({ user_id: USER_ID }, { [CLIENT_ADDRESS_HEADER]: '198.51.100.1' }))).status).toBe(200);
  });

  it('counts a client by the address the server resolved, never by X-Forwarded-For', async () => {
    const limited = handler(ENV, createRateLimiter({ name: 'token', points: 2, durationSeconds: 100 }));
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const response = await limited(tokenRequest({ user_id: USER_ID }, { 'x-forwarded-for': `203.0.113.${100 + i}` }));
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it('answers 408 when the body does not arrive before the deadline', async () => {
    const endless = new ReadableStream({ start: () => undefined });
    const request = new Request(`${ORIGIN}/api/token`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    const response = await handler(ENV, generous(), { ...POLICY, bodyDeadlineMs: 100 })(request);
    expect(response.status).toBe(408);
    expect((await response.json()).error).toBe('request_timeout');
  });

  it('compares Origin with the configured public origin, not with the Host header', async () => {
    const spoofed = await handler()(
      tokenRequest({ user_id: USER_ID }, { host: 'evil.example', origin: 'https://evil.example' }),
    );
    expect(spoofed.status).toBe(403);
    const behindProxy = await handler()(tokenRequest({ user_id: USER_ID }, { host: '10.0.0.5:3000' }));
    expect(behindProxy.status).toBe(200);
  });

  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['no origin', { origin: '' }],
    ['a malformed origin', { origin: 'not a url' }],
  ])('answers 403 for %s', async (_label, headers) => {
    const response = await handler()(tokenRequest({ user_id: USER_ID }, headers));
    expect(response.status).toBe(403);
    expect((await response.json()).error).toBe('cross_origin');
  });
});
