import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MaintenanceProgress, UserStore } from '@amigo/user-store';

export const MAINTENANCE_TASKS = ['migrate-legacy', 'reencrypt'] as const;
export type MaintenanceTask = (typeof MAINTENANCE_TASKS)[number];

/** Where a pass keeps the cursor it resumes from after an interruption (one file per task, in the data dir). */
export function cursorFileOf(dataDir: string, task: MaintenanceTask): string {
  return join(dataDir, `store-${task}.cursor`);
}

/**
 * Runs one store maintenance pass to the end, resuming from the cursor an interrupted run left in `cursorFile`,
 * saving the cursor after every batch, and removing it once the pass is complete.
 */
export async function runMaintenance(
  task: MaintenanceTask,
  store: Pick<UserStore, 'migrateLegacyProfiles' | 'reencryptProfiles'>,
  cursorFile: string,
  report: (line: string) => void,
): Promise<MaintenanceProgress> {
  const saved = (await readFile(cursorFile, 'utf8').catch(() => '')).trim();
  const cursor = /^\d+$/.test(saved) ? saved : undefined;
  if (cursor) report(`resuming ${task} from cursor ${cursor}`);
  const options = {
    cursor,
    onProgress: async (progress: MaintenanceProgress) => {
      await writeFile(cursorFile, progress.cursor, { mode: 0o600 });
      await chmod(cursorFile, 0o600);
      report(`${task}: ${progress.scanned} keys scanned, ${progress.rewritten} rewritten, ${progress.failed} unreadable`);
    },
  };
  const result = task === 'migrate-legacy' ? await store.migrateLegacyProfiles(options) : await store.reencryptProfiles(options);
  await rm(cursorFile, { force: true });
  return result;
}
