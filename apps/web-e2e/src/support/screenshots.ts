import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Keeps a full-page screenshot of a view as a CI artifact under apps/web-e2e/test-output/screenshots. A busy machine
 * can take many seconds to capture a page, so it has its own generous timeout rather than the test's remainder.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(import.meta.dirname, '..', '..', 'test-output', 'screenshots', `${name}.png`),
    fullPage: true,
    animations: 'disabled',
    timeout: 90_000,
  });
}
