import { connect } from 'node:net';
import { RedisMemoryServer } from 'redis-memory-server';
import { CLOSED_LIVEKIT_PORT, REDIS_PORT } from './e2e-env.js';

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts the real Redis the app's forget-me route talks to. The web servers are already up (Playwright starts
 * them first) but the store connects lazily, on the first request that needs it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (await isListening(CLOSED_LIVEKIT_PORT)) {
    throw new Error(`port ${CLOSED_LIVEKIT_PORT} must be closed: it stands for an unreachable LiveKit server`);
  }
  // `RedisMemoryServer.create()` ignores a fixed port; the constructor honours it.
  const redis = new RedisMemoryServer({ instance: { ip: '127.0.0.1', port: REDIS_PORT } });
  await redis.start();
  if (!(await isListening(REDIS_PORT))) throw new Error(`redis did not start on port ${REDIS_PORT}`);
  return async () => {
    await redis.stop();
  };
}
