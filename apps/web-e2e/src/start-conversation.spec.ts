import { expect, test } from '@playwright/test';
import { TokenVerifier } from 'livekit-server-sdk';
import { ParticipantMetadata } from '@amigo/contracts';
import { HISTORY_KEY, LIVEKIT_ENV, UNCONFIGURED_WEB_PORT, USER_ID_KEY } from './support/e2e-env.js';
import { saveScreenshot } from './support/screenshots.js';

const previousConversation = [
  { role: 'user', content: 'I keep putting off the hard conversation with my sister.' },
  { role: 'assistant', content: 'What makes it feel so hard to begin?' },
];

test('the token carries the id and the browser locale but no conversation, and an unreachable LiveKit is explained', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(
    ([key, history]) => localStorage.setItem(key, JSON.stringify(history)),
    [HISTORY_KEY, previousConversation] as const,
  );
  const userId = await page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY);
  expect(userId).toBeTruthy();

  const tokenRequest = page.waitForRequest((r) => r.url().endsWith('/api/token') && r.method() === 'POST');
  const tokenResponse = page.waitForResponse((r) => r.url().endsWith('/api/token'));
  await page.getByRole('button', { name: 'Start conversation' }).click();

  const sent = (await tokenRequest).postDataJSON();
  expect(sent).toEqual({ user_id: userId, locale: expect.any(String), time_zone: expect.any(String) });
  const response = await tokenResponse;
  expect(response.status()).toBe(200);
  const details = await response.json();
  expect(details.serverUrl).toBe(LIVEKIT_ENV.LIVEKIT_URL);
  expect(Object.keys(details).sort()).toEqual(['participantName', 'participantToken', 'roomName', 'serverUrl']);

  const claims = await new TokenVerifier(LIVEKIT_ENV.LIVEKIT_API_KEY, LIVEKIT_ENV.LIVEKIT_API_SECRET).verify(
    details.participantToken,
  );
  expect(ParticipantMetadata.parse(JSON.parse(claims.metadata ?? ''))).toEqual({
    user_id: userId,
    locale: sent.locale,
    time_zone: expect.any(String),
  });
  expect(details.participantToken).not.toContain(Buffer.from('sister').toString('base64').slice(0, 6));
  expect(claims.metadata).not.toContain('sister');
  expect(claims.sub).toMatch(/^user-[0-9a-f]{16}$/);
  expect(claims.sub).not.toContain(userId);
  expect(claims.video?.room).toBe(details.roomName);

  await expect(page.getByRole('alert').filter({ hasText: 'The voice server could not be reached' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeEnabled();
  await saveScreenshot(page, '02-livekit-unreachable');

  // Nothing was lost: the history is still there for the next attempt.
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY)) ?? '[]')).toEqual(
    previousConversation,
  );
});

test('a server without LiveKit settings says so instead of failing silently', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${UNCONFIGURED_WEB_PORT}/`);
  const tokenResponse = page.waitForResponse((r) => r.url().endsWith('/api/token'));
  await page.getByRole('button', { name: 'Start conversation' }).click();
  expect((await tokenResponse).status()).toBe(503);
  await expect(page.getByRole('alert').filter({ hasText: 'LiveKit is not configured' })).toBeVisible();
  await saveScreenshot(page, '03-livekit-not-configured');
});

test('another site cannot obtain a token', async ({ request }) => {
  const response = await request.post('/api/token', {
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    data: { user_id: '6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f' },
  });
  expect(response.status()).toBe(403);
});
