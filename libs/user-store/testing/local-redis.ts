import { RedisMemoryServer } from 'redis-memory-server';

/** A private redis-server on a free loopback port (the system binary, see the root package.json). */
export async function startRedis(): Promise<{ url: string; server: RedisMemoryServer }> {
  const server = await RedisMemoryServer.create();
  return { server, url: `redis://${await server.getHost()}:${await server.getPort()}` };
}
