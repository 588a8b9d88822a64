import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Reads `.env` from the working directory (the workspace root under nx) into the environment, if there is one.
 * Variables already set win, so a deployment's real environment is never overridden by a stray file.
 */
export function loadDotEnv(path = resolve('.env')): boolean {
  if (!existsSync(path)) return false;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (process.env[name] === undefined) process.env[name] = value;
  }
  return true;
}
