/** Fixed loopback ports, so the config, the global setup and the specs agree without passing state around. */
export const WEB_PORT = 3100;
/** A second instance of the built app started without any LiveKit settings. */
export const UNCONFIGURED_WEB_PORT = 3101;
export const REDIS_PORT = 6391;
/** Nothing listens here (checked in global setup): stands for a LiveKit server that cannot be reached. */
export const CLOSED_LIVEKIT_PORT = 47999;

export const REDIS_URL = `redis://127.0.0.1:${REDIS_PORT}`;

/** Test-only credentials; the specs verify the issued tokens with them. */
export const LIVEKIT_ENV = {
  LIVEKIT_URL: `ws://127.0.0.1:${CLOSED_LIVEKIT_PORT}`,
  LIVEKIT_API_KEY: 'e2e-api-key',
  LIVEKIT_API_SECRET: 'e2e-api-secret-that-is-long-enough-for-hs256',
} as const;

export const USER_ID_KEY = 'amigo-user-id';
export const HISTORY_KEY = 'amigo-conversation-history';
