import { createHash } from 'node:crypto';
import type { RedisConnection } from './redis-connection.js';

/**
 * A Lua script run with EVALSHA, falling back to EVAL (which also caches it) the first time a server (or a cluster
 * node) has not seen it: one round trip in the steady state. Every key of one call must share a cluster slot; the
 * first one routes the call.
 */
export class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(connection: RedisConnection, keys: ReadonlyArray<string>, args: ReadonlyArray<string>): Promise<unknown> {
    const command = ['EVALSHA', this.sha, String(keys.length), ...keys, ...args];
    try {
      return await connection.run(keys[0], false, command);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      command[0] = 'EVAL';
      command[1] = this.source;
      return connection.run(keys[0], false, command);
    }
  }
}
