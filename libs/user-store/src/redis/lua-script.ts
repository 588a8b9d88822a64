import { createHash } from 'node:crypto';
import type { RedisConnection } from './redis-connection.js';

/**
 * A Lua script run with EVALSHA, falling back to EVAL (which also caches it) the first time a server (or a cluster
 * node) has not seen it: one round trip in the steady state.
 */
export class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(connection: RedisConnection, key: string, args: ReadonlyArray<string>, readonly = false): Promise<unknown> {
    const tail = ['1', key, ...args];
    try {
      return await connection.run(key, readonly, ['EVALSHA', this.sha, ...tail]);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return connection.run(key, readonly, ['EVAL', this.source, ...tail]);
    }
  }
}
