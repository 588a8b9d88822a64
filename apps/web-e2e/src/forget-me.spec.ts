import { expect, test } from '@playwright/test';
import { UserStore } from '@amigo/user-store';
import { e2eEnv, HISTORY_KEY, USER_ID_KEY } from './support/e2e-env.js';
import { saveScreenshot } from './support/screenshots.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const kundali = {
  ascendant: 'Virgo',
  planets: [{ name: 'Sun', sign: 'Pisces', fullDegree: 350.5 }],
  dasha: { major: { planet: 'Saturn' } },
  ascendant_report: 'Analytical and detail-oriented.',
};
const xray = {
  core_identity: { archetype: 'The Analyst' },
  emotional_architecture: { attachment_style: 'Secure' },
  therapist_cheat_sheet: { recommended_modality: 'CBT' },
};

let store: UserStore;
test.beforeAll(() => {
  store = new UserStore({ url: e2eEnv().redisUrl, dataKeys: [] });
});
test.afterAll(async () => {
  await store.close();
});

test('forget me deletes the stored profile in Redis, clears the history and issues a new id', async ({ page }) => {
  await page.goto('/');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY)).toMatch(UUID_V4);
  const userId = (await page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY)) as string;
  await page.evaluate((key) => localStorage.setItem(key, '[{"role":"user","content":"hello"}]'), HISTORY_KEY);

  await store.saveUserData(userId, kundali, xray);
  expect(await store.hasUserData(userId)).toBe(true);

  await page.getByRole('button', { name: 'Forget me' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forget me?' });
  await expect(dialog).toBeVisible();
  await saveScreenshot(page, '04-forget-me-confirmation');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await store.hasUserData(userId)).toBe(true);

  await page.getByRole('button', { name: 'Forget me' }).click();
  const deletion = page.waitForResponse((r) => r.url().endsWith('/api/profile'));
  await dialog.getByRole('button', { name: 'Yes, delete everything' }).click();
  // Only the status: Chromium does not hand Playwright the body of this DELETE; Redis below is the real check. A 200
  // here also proves the route could load node-redis from a build restored from the Nx cache (see README).
  expect((await deletion).status()).toBe(200);

  await expect(page.getByRole('status').filter({ hasText: 'Your profile and conversation history were deleted' })).toBeVisible();
  await expect(dialog).toBeHidden();
  await saveScreenshot(page, '05-forgotten');

  expect(await store.hasUserData(userId)).toBe(false);
  expect(await store.loadUserData(userId)).toBeNull();
  expect(await page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY)).toBeNull();

  const newId = await page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY);
  expect(newId).toMatch(UUID_V4);
  expect(newId).not.toBe(userId);

  // The new id is the one the next conversation carries, and it survives a reload.
  const tokenRequest = page.waitForRequest((r) => r.url().endsWith('/api/token'));
  await page.getByRole('button', { name: 'Start conversation' }).click();
  expect((await tokenRequest).postDataJSON()).toMatchObject({ user_id: newId });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY)).toBe(newId);
  expect(await store.hasUserData(newId as string)).toBe(false);
});
