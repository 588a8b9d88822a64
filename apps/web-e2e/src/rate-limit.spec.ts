import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { e2eEnv } from './support/e2e-env.js';

const env = e2eEnv();
/** The token route's policy (apps/web/src/server/http/shared-rate-limiter.ts): 10 per 100 s per client. */
const TOKEN_LIMIT = 10;

/**
 * POSTs a token request from a chosen loopback address. 127.0.0.1 is the configured trusted proxy (whose
 * X-Forwarded-For the app believes); any other 127.x address is a client talking to the app directly.
 */
function postToken(port: number, from: string, forwardedFor?: string): Promise<number> {
  const body = JSON.stringify({ user_id: '6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f' });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path: '/api/token',
        method: 'POST',
        localAddress: from,
        headers: {
          origin: `http://127.0.0.1:${port}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function statuses(count: number, send: (i: number) => Promise<number>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push(await send(i));
  return seen;
}

// The unconfigured instance answers 503 until a client is limited, which keeps these checks free of token signing.
test('a direct client cannot escape its limit by writing X-Forwarded-For', async () => {
  const seen = await statuses(TOKEN_LIMIT + 2, (i) => postToken(env.unconfiguredWebPort, '127.0.0.2', `203.0.113.${i + 1}`));
  expect(seen.slice(0, TOKEN_LIMIT)).toEqual(Array(TOKEN_LIMIT).fill(503));
  expect(seen.slice(TOKEN_LIMIT)).toEqual([429, 429]);
});

test('a direct client cannot lock another address out by writing it into X-Forwarded-For', async () => {
  await statuses(TOKEN_LIMIT + 1, () => postToken(env.unconfiguredWebPort, '127.0.0.3', '127.0.0.4'));
  expect(await postToken(env.unconfiguredWebPort, '127.0.0.4')).toBe(503);
});

test('behind the trusted proxy, clients are told apart, and two instances share their counts through Redis', async () => {
  const client = '198.51.100.7';
  const seen = await statuses(TOKEN_LIMIT, () => postToken(env.unconfiguredWebPort, '127.0.0.1', client));
  expect(seen).toEqual(Array(TOKEN_LIMIT).fill(503));
  // The other instance has never seen this client, yet it is over the limit there too.
  expect(await postToken(env.webPort, '127.0.0.1', client)).toBe(429);
  expect(await postToken(env.webPort, '127.0.0.1', '198.51.100.8')).toBe(200);
});
