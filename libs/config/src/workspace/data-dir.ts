import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/**
 * The absolute data directory for a configured `AMIGO_DATA_DIR`. A relative one is taken from the workspace root
 * (the nearest folder up from `cwd` holding `nx.json`), so the worker, the terminal session and the web app — which
 * Nx starts in different folders — share one embedded Redis; outside a workspace, from `cwd`.
 */
export function resolveDataDir(configured: string, cwd = process.cwd()): string {
  if (isAbsolute(configured)) return configured;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return join(dir, configured);
    if (dirname(dir) === dir) return resolve(cwd, configured);
  }
}
