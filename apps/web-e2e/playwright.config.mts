import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';
import { e2eEnv, PORTS_VARIABLE } from './src/support/e2e-env.js';
import { freePorts } from './src/support/free-ports.js';

// Picked once, in the runner process; the workers inherit the variable and so load this config with the same ports.
process.env[PORTS_VARIABLE] ??= freePorts(4).join(',');
const env = e2eEnv();

const webServer = join(workspaceRoot, 'apps/web/dist/server/web-server.mjs');

/** One instance of the built app behind its own server; both share the run's Redis (profiles and rate limits). */
function app(port: number, liveKit: Record<string, string>) {
  const origin = `http://127.0.0.1:${port}`;
  return {
    command: `node ${webServer}`,
    url: origin,
    reuseExistingServer: false,
    // Starting Next on a busy 2-core machine can take a while.
    timeout: 180_000,
    env: {
      ...liveKit,
      PORT: String(port),
      AMIGO_WEB_HOST: '127.0.0.1',
      AMIGO_PUBLIC_ORIGIN: origin,
      // Loopback plays the reverse proxy: the specs speak through it with X-Forwarded-For, and as direct clients
      // from other loopback addresses (127.0.0.2, ...), whose X-Forwarded-For must be ignored.
      AMIGO_TRUSTED_PROXIES: '127.0.0.1',
      REDIS_URL: env.redisUrl,
      AMIGO_DATA_KEY: '',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  };
}

/**
 * Runs against the production build of apps/web — restored from the Nx cache by the `restore-web-build` target this
 * one depends on — served by its own server (apps/web/src/server/web-server.ts) in Debian's Chromium. Nothing is
 * downloaded: never `npx playwright install`. Timeouts are generous: the suite must hold on a loaded 2-core machine.
 */
export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  globalSetup: './src/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${env.webPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 60_000,
    navigationTimeout: 90_000,
  },
  webServer: [
    app(env.webPort, env.liveKit),
    app(env.unconfiguredWebPort, { LIVEKIT_URL: '', LIVEKIT_API_KEY: '', LIVEKIT_API_SECRET: '' }),
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
