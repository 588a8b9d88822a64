import { expect, test } from '@playwright/test';
import { USER_ID_KEY } from './support/e2e-env.js';
import { saveScreenshot } from './support/screenshots.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('the first visit creates an anonymous id and a reload keeps it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Amigo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeEnabled();

  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY)).toMatch(UUID_V4);
  const first = await page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY);
  await saveScreenshot(page, '01-welcome');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY)).toBe(first);
});

test('a stored value that is not a UUID is replaced with a new id', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, 'not-a-uuid');
      sessionStorage.setItem('seeded', '1');
    }
  }, USER_ID_KEY);
  await page.goto('/');
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), USER_ID_KEY)).toMatch(UUID_V4);
});
