/**
 * Where this run's servers listen. The Playwright config picks free ports once, in the runner process, and leaves
 * them in `AMIGO_E2E_PORTS`; the global setup and every worker read them from there, so all agree.
 */
export const PORTS_VARIABLE = 'AMIGO_E2E_PORTS';

export interface E2eEnv {
  /** The built app with test LiveKit credentials. */
  webPort: number;
  /** A second instance of the built app started without any LiveKit settings. */
  unconfiguredWebPort: number;
  redisPort: number;
  /** A stand-in for LiveKit that records the signalling requests browsers make and refuses them. */
  liveKitPort: number;
  redisUrl: string;
  liveKit: { LIVEKIT_URL: string; LIVEKIT_API_KEY: string; LIVEKIT_API_SECRET: string };
}

export function e2eEnv(): E2eEnv {
  const ports = (process.env[PORTS_VARIABLE] ?? '').split(',').map(Number);
  if (ports.length !== 4 || !ports.every((port) => Number.isInteger(port) && port > 0)) {
    throw new Error(`${PORTS_VARIABLE} must hold four ports; run the suite through its Playwright config`);
  }
  const [webPort, unconfiguredWebPort, redisPort, liveKitPort] = ports;
  return {
    webPort,
    unconfiguredWebPort,
    redisPort,
    liveKitPort,
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    liveKit: {
      LIVEKIT_URL: `ws://127.0.0.1:${liveKitPort}`,
      // Test-only credentials; the specs verify the issued tokens with them.
      LIVEKIT_API_KEY: 'e2e-api-key',
      LIVEKIT_API_SECRET: 'e2e-api-secret-that-is-long-enough-for-hs256',
    },
  };
}

export const USER_ID_KEY = 'amigo-user-id';
export const HISTORY_KEY = 'amigo-conversation-history';
