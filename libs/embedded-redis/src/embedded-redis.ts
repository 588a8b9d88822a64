import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { chmod, mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RedisMemoryServer } from 'redis-memory-server';

const SYSTEM_REDIS = '/usr/bin/redis-server';
/** Address and password of the running server: what every other local Amigo process reads to share it. */
export const STATE_FILE = 'embedded-redis.json';
/** The server's secret settings (its password), read by redis-server through `--include`, never on its command line. */
const SECRET_CONFIG = 'redis-secrets.conf';
/** Held while one process starts the server, so two processes never start two servers on one append-only file. */
const START_LOCK = 'embedded-redis.lock';
const START_WAIT_MS = 30_000;
const LAUNCHER = 'redis-server.sh';

export interface EmbeddedRedis {
  /** `redis://:<password>@127.0.0.1:<port>`: a secret, never to be logged. */
  url: string;
  /** Where the append-only file lives, so profiles survive restarts. */
  dataDir: string;
  /** False when another local Amigo process already runs the server on this data folder and we share it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface OwnerRecord {
  pid: number;
  url: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readRecord(path: string): Promise<OwnerRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(path, 'utf8')) as Partial<OwnerRecord>;
    if (typeof record.pid === 'number' && typeof record.url === 'string' && isAlive(record.pid)) {
      return { pid: record.pid, url: record.url };
    }
  } catch {
    // No record, or a stale one.
  }
  return undefined;
}

/**
 * The embedded server another local process runs on `dataDir`, if one does: what a process that must not start a
 * server of its own (or wants to know) reads. Undefined when none is running.
 */
export async function findEmbeddedRedis(dataDir: string): Promise<Pick<EmbeddedRedis, 'url' | 'dataDir'> | undefined> {
  const record = await readRecord(join(dataDir, STATE_FILE));
  return record && { url: record.url, dataDir };
}

/**
 * Starts the system `redis-server` on loopback with an append-only file under `dataDir`, for running Amigo without
 * a Redis of one's own. Two processes must never write the same append-only file, so a second process (the web app
 * while the worker runs, the terminal session) shares the server the first one started, found through the state file.
 *
 * The perimeter: the server requires a password generated at each start; the folder is 0700 and every file in it
 * 0600 (the server runs under umask 077), so other local users can neither read the data nor learn the password.
 */
export async function startEmbeddedRedis(dataDir: string, binary = SYSTEM_REDIS): Promise<EmbeddedRedis> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await tightenModes(dataDir);
  const statePath = join(dataDir, STATE_FILE);
  const deadline = Date.now() + START_WAIT_MS;
  for (;;) {
    const existing = await readRecord(statePath);
    if (existing) return { url: existing.url, dataDir, owned: false, stop: async () => undefined };
    const lock = await takeLock(join(dataDir, START_LOCK));
    if (lock) {
      try {
        // Another process may have finished starting between the read above and taking the lock.
        const started = await readRecord(statePath);
        if (started) return { url: started.url, dataDir, owned: false, stop: async () => undefined };
        return await startServer(dataDir, binary);
      } finally {
        await lock.release();
      }
    }
    if (Date.now() > deadline) throw new Error('another process is still starting the embedded Redis');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function startServer(dataDir: string, binary: string): Promise<EmbeddedRedis> {
  const statePath = join(dataDir, STATE_FILE);
  const password = randomBytes(24).toString('hex');
  const secretsPath = join(dataDir, SECRET_CONFIG);
  await writeFile(secretsPath, `requirepass ${password}\n`, { mode: 0o600 });
  await chmod(secretsPath, 0o600);
  // Under umask 077 every file the server creates, append-only rewrites included, is 0600 in a 0700 folder. A
  // launcher script sets it for the server alone (a umask set in this process would apply to all its own files too).
  const launcher = join(dataDir, LAUNCHER);
  await writeFile(launcher, `#!/bin/sh\numask 077\nexec ${shellQuote(binary)} "$@"\n`, { mode: 0o700 });
  await chmod(launcher, 0o700);
  const server = await RedisMemoryServer.create({
    binary: { systemBinary: launcher },
    instance: {
      ip: '127.0.0.1',
      args: ['--appendonly', 'yes', '--dir', dataDir, '--save', '', '--protected-mode', 'yes', '--include', secretsPath],
    },
  });
  const url = `redis://:${password}@127.0.0.1:${await server.getPort()}`;
  await writeFile(statePath, JSON.stringify({ pid: process.pid, url } satisfies OwnerRecord), { mode: 0o600 });
  await chmod(statePath, 0o600);
  // The server itself dies with this process (redis-memory-server watches it); the record must go too.
  const forget = () => rmSync(statePath, { force: true });
  process.once('exit', forget);
  return {
    url,
    dataDir,
    owned: true,
    stop: async () => {
      process.off('exit', forget);
      await rm(statePath, { force: true });
      await server.stop();
    },
  };
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** An exclusive lock file holding our pid; a lock left by a dead process is broken. Undefined when another holds it. */
async function takeLock(path: string): Promise<{ release(): Promise<void> } | undefined> {
  try {
    const handle = await open(path, 'wx', 0o600);
    await handle.writeFile(String(process.pid));
    await handle.close();
    return { release: () => rm(path, { force: true }) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(await readFile(path, 'utf8').catch(() => ''));
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return undefined;
    await rm(path, { force: true });
    return takeLock(path);
  }
}

/** Folders 0700 and files 0600 under `dir`, for data left by a version that did not restrict them. */
async function tightenModes(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await tightenModes(path);
    else if (entry.isFile() && ((await stat(path)).mode & 0o077) !== 0) await chmod(path, 0o600);
  }
}
