import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';
import { LIVEKIT_ENV, REDIS_URL, UNCONFIGURED_WEB_PORT, WEB_PORT } from './src/support/e2e-env.js';

const next = join(workspaceRoot, 'node_modules/next/dist/bin/next');
const webDir = join(workspaceRoot, 'apps/web');

/**
 * Runs against the production build of apps/web (`nx build web`, a dependency of this target) served by
 * `next start`, in Debian's Chromium. Nothing is downloaded: never `npx playwright install`.
 */
export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  workers: 1,
  retries: 0,
  timeout: 30_000,
  globalSetup: './src/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `node ${next} start ${webDir} --hostname 127.0.0.1 --port ${WEB_PORT}`,
      url: `http://127.0.0.1:${WEB_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...LIVEKIT_ENV, REDIS_URL, AMIGO_DATA_KEY: '' },
    },
    {
      command: `node ${next} start ${webDir} --hostname 127.0.0.1 --port ${UNCONFIGURED_WEB_PORT}`,
      url: `http://127.0.0.1:${UNCONFIGURED_WEB_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { LIVEKIT_URL: '', LIVEKIT_API_KEY: '', LIVEKIT_API_SECRET: '', REDIS_URL, AMIGO_DATA_KEY: '' },
    },
  ],
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-dev-shm-usage',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
