import { RedisMemoryServer } from 'redis-memory-server';
import { e2eEnv } from './e2e-env.js';
import { startLiveKitStandIn } from './livekit-stand-in.js';

/**
 * Starts the real Redis the app's routes talk to (profiles and rate limits) and the LiveKit stand-in, on the ports
 * the config chose. The web servers are already up (Playwright starts them first) but they connect to both lazily,
 * on the first request that needs them.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const env = e2eEnv();
  // `RedisMemoryServer.create()` ignores a fixed port; the constructor honours it.
  const redis = new RedisMemoryServer({ instance: { ip: '127.0.0.1', port: env.redisPort } });
  await redis.start();
  const liveKit = await startLiveKitStandIn(env.liveKitPort);
  return async () => {
    await new Promise((resolve) => liveKit.close(resolve));
    await redis.stop();
  };
}
