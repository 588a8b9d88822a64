import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Keeps a full-page screenshot of a view as a CI artifact under apps/web-e2e/test-output/screenshots. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'test-output', 'screenshots', `${name}.png`), fullPage: true });
}
