import { expect, test } from '@playwright/test';
import { saveScreenshot } from './support/screenshots.js';

/** WCAG 2.5.5's target size, on a phone-sized screen where people would tap. */
const MIN_TARGET_PX = 44;

test('the welcome screen says Amigo is an AI, not a therapist or an emergency service, and where urgent help is', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const about = page.getByRole('complementary', { name: 'Before you start' });
  await expect(about).toBeVisible();
  await expect(about).toContainText('Amigo is an AI, not a person. It is not a therapist and not an emergency service.');
  await expect(about).toContainText('Elsewhere, call your local emergency number.');

  for (const [number, href] of [
    ['112', 'tel:112'],
    ['14416', 'tel:14416'],
  ]) {
    const link = about.getByRole('link', { name: number, exact: true });
    await expect(link).toHaveAttribute('href', href);
    const box = await link.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(MIN_TARGET_PX);
    expect(box?.width).toBeGreaterThanOrEqual(MIN_TARGET_PX);
  }
  await expect(about).toContainText('Tele-MANAS');
  await saveScreenshot(page, '06-welcome-phone');
});
