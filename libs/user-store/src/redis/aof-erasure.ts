import type { RedisConnection } from './redis-connection.js';

const POLL_MS = 25;

/**
 * Has Redis rewrite its append-only file from the data set as it is now and waits until no rewrite is running or
 * scheduled. A rewrite already running may have forked before the caller's delete, so it is waited out and a fresh
 * one requested. When it completes, Redis 7 replaces the base file and removes the older incremental files, the
 * only ones that still hold deleted values.
 */
export async function eraseFromAppendOnlyFile(connection: RedisConnection): Promise<void> {
  for (;;) {
    try {
      await connection.run('', false, ['BGREWRITEAOF']);
      break;
    } catch (error) {
      if (!(error instanceof Error) || !/already in progress/i.test(error.message)) throw error;
      await idle(connection);
    }
  }
  await idle(connection);
  const status = await persistenceInfo(connection);
  if (status.get('aof_last_bgrewrite_status') !== 'ok') throw new Error('the append-only file rewrite failed');
}

async function idle(connection: RedisConnection): Promise<void> {
  for (;;) {
    const info = await persistenceInfo(connection);
    if (info.get('aof_rewrite_in_progress') === '0' && info.get('aof_rewrite_scheduled') === '0') return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function persistenceInfo(connection: RedisConnection): Promise<Map<string, string>> {
  const text = String(await connection.run('', true, ['INFO', 'persistence']));
  return new Map(
    text
      .split(/\r?\n/)
      .map((line) => line.split(':'))
      .filter((parts) => parts.length === 2)
      .map(([name, value]) => [name, value.trim()]),
  );
}
