import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { TokenVerifier } from 'livekit-server-sdk';
import { ParticipantMetadata } from '@amigo/contracts';
import { e2eEnv, HISTORY_KEY, USER_ID_KEY } from './support/e2e-env.js';
import { RECORDED_PATH } from './support/livekit-stand-in.js';
import { saveScreenshot } from './support/screenshots.js';

const env = e2eEnv();
const previousConversation = [
  { role: 'user', content: 'I keep putting off the hard conversation with my sister.' },
  { role: 'assistant', content: 'What makes it feel so hard to begin?' },
  { role: 'user', content: 'मेरी बहन मुझसे नाराज़ है' },
];
/** Words of the stored conversation that must appear in no URL, however it is encoded. */
const SPOKEN = ['sister', 'hard to begin', 'बहन', 'नाराज़'];

/** Every readable form of a signalling URL: as sent, URL-decoded, and each parameter base64-decoded (and gunzipped). */
function decodedForms(url: string): string[] {
  const parsed = new URL(url, 'ws://livekit.invalid');
  const forms = [url, decodeURIComponent(url)];
  for (const value of parsed.searchParams.values()) {
    for (const part of value.split('.')) {
      const bytes = Buffer.from(part, 'base64url');
      forms.push(bytes.toString('utf8'));
      const gzip = bytes.indexOf(Buffer.from([0x1f, 0x8b]));
      if (gzip >= 0) {
        try {
          forms.push(gunzipSync(bytes.subarray(gzip), { finishFlush: 2 }).toString('utf8'));
        } catch {
          // Not a whole gzip stream: the raw bytes above are still searched.
        }
      }
    }
  }
  return forms;
}

test('the token and the LiveKit signalling URL carry no conversation, and an unreachable LiveKit is explained', async ({
  page,
  request,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const home = await page.goto('/');
  expect(home?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(home?.headers()['content-security-policy']).toContain(`connect-src 'self' ${env.liveKit.LIVEKIT_URL}`);

  await page.evaluate(([key, history]) => localStorage.setItem(key, JSON.stringify(history)), [HISTORY_KEY, previousConversation] as const);
  const userId = await page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY);
  expect(userId).toBeTruthy();
  const before = (await (await request.get(`http://127.0.0.1:${env.liveKitPort}${RECORDED_PATH}`)).json()) as string[];

  const tokenRequest = page.waitForRequest((r) => r.url().endsWith('/api/token') && r.method() === 'POST');
  const tokenResponse = page.waitForResponse((r) => r.url().endsWith('/api/token'));
  await page.getByRole('button', { name: 'Start conversation' }).click();

  const sent = (await tokenRequest).postDataJSON();
  expect(sent).toEqual({ user_id: userId, locale: expect.any(String), time_zone: expect.any(String) });
  const response = await tokenResponse;
  expect(response.status()).toBe(200);
  const details = await response.json();
  expect(details.serverUrl).toBe(env.liveKit.LIVEKIT_URL);
  expect(Object.keys(details).sort()).toEqual(['participantName', 'participantToken', 'roomName', 'serverUrl']);

  const claims = await new TokenVerifier(env.liveKit.LIVEKIT_API_KEY, env.liveKit.LIVEKIT_API_SECRET).verify(
    details.participantToken,
  );
  expect(ParticipantMetadata.parse(JSON.parse(claims.metadata ?? ''))).toEqual({
    user_id: userId,
    locale: sent.locale,
    time_zone: expect.any(String),
  });
  expect(claims.sub).toMatch(/^user-[0-9a-f]{16}$/);
  expect(claims.sub).not.toContain(userId);
  expect(claims.video?.room).toBe(details.roomName);

  await expect(page.getByRole('alert').filter({ hasText: 'The voice server could not be reached' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeEnabled();
  await saveScreenshot(page, '02-livekit-unreachable');

  // What the browser really opened: the signalling URL reached the stand-in (so the CSP allows LiveKit) and carries
  // the token, but nothing the person said, in any encoding.
  const recorded = ((await (await request.get(`http://127.0.0.1:${env.liveKitPort}${RECORDED_PATH}`)).json()) as string[]).slice(
    before.length,
  );
  const signalling = recorded.filter((url) => url.includes('access_token='));
  expect(signalling.length).toBeGreaterThan(0);
  expect(signalling.every((url) => new URL(url, 'ws://x').searchParams.get('access_token') === details.participantToken)).toBe(true);
  for (const url of recorded) {
    for (const form of decodedForms(url)) {
      for (const words of SPOKEN) expect(form).not.toContain(words);
    }
  }
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  // Nothing was lost: the history is still there for the agent of the next session to ask for.
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY)) ?? '[]')).toEqual(
    previousConversation,
  );
});

test('a server without LiveKit settings says so instead of failing silently', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${env.unconfiguredWebPort}/`);
  const tokenResponse = page.waitForResponse((r) => r.url().endsWith('/api/token'));
  await page.getByRole('button', { name: 'Start conversation' }).click();
  expect((await tokenResponse).status()).toBe(503);
  await expect(page.getByRole('alert').filter({ hasText: 'LiveKit is not configured' })).toBeVisible();
  await saveScreenshot(page, '03-livekit-not-configured');
});

test('another site cannot obtain a token, even by claiming to be this host', async ({ request }) => {
  const attempts: Record<string, string>[] = [
    { origin: 'https://evil.example' },
    { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
  ];
  for (const headers of attempts) {
    const response = await request.post('/api/token', {
      headers: { ...headers, 'content-type': 'application/json' },
      data: { user_id: '6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f' },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toBe('cross_origin');
  }
});
