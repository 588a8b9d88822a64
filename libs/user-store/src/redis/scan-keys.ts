import type { RedisConnection } from './redis-connection.js';

export interface ScanBatch {
  readonly keys: ReadonlyArray<string>;
  /** Where the next batch starts; '0' after the last one. */
  readonly cursor: string;
}

/**
 * SCAN from `cursor` over the keys matching `pattern`, one batch per reply. SCAN may return a key twice, so what a
 * batch is used for must be idempotent; every key present for the whole pass is returned at least once.
 */
export async function* scanKeys(
  connection: RedisConnection,
  pattern: string,
  cursor: string,
  count: number,
): AsyncGenerator<ScanBatch> {
  let next = cursor;
  do {
    const [reply, keys] = (await connection.run('', true, ['SCAN', next, 'MATCH', pattern, 'COUNT', String(count)])) as [
      unknown,
      unknown[],
    ];
    next = String(reply);
    yield { keys: keys.map(String), cursor: next };
  } while (next !== '0');
}
