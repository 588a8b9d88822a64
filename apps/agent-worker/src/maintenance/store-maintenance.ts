import { keyedUserRef } from '@amigo/logging';
import { storeRedis } from '@amigo/embedded-redis';
import { UserStore } from '@amigo/user-store';
import { loadDotEnv } from '../config/dot-env.js';
import { loadChatConfig } from '../config/worker-config.js';
import { cursorFileOf, MAINTENANCE_TASKS, type MaintenanceTask, runMaintenance } from './run-maintenance.js';

const USAGE = `usage: nx run agent-worker:store-maintenance -- <${MAINTENANCE_TASKS.join('|')}>`;

/**
 * One-off passes over the whole store, run by an operator: `migrate-legacy` moves the Python service's keys to the
 * current layout, `reencrypt` re-seals every profile under the newest AMIGO_DATA_KEY. Interrupted, a pass resumes
 * where it stopped when run again.
 */
async function main(): Promise<void> {
  const task = process.argv.slice(2).find((arg) => !arg.startsWith('-')) as MaintenanceTask | undefined;
  if (!task || !MAINTENANCE_TASKS.includes(task)) {
    console.error(USAGE);
    process.exit(2);
  }
  loadDotEnv();
  const config = loadChatConfig(process.env);
  const redis = await storeRedis({ url: config.store.redisUrl, dataDir: config.store.dataDir });
  const store = new UserStore({
    url: redis.url,
    cluster: config.store.redisCluster,
    dataKeys: config.store.dataKeys,
    timeoutMs: 30_000,
    userRef: keyedUserRef(config.log.secret),
  });
  try {
    const result = await runMaintenance(task, store, cursorFileOf(config.store.dataDir, task), (line) => console.log(line));
    console.log(`${task} complete: ${result.rewritten} rewritten, ${result.failed} left unreadable (kept as they were)`);
  } finally {
    await store.close();
    await redis.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`store maintenance failed (${error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error'})`);
  process.exit(1);
});
