import { rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RedisMemoryServer } from 'redis-memory-server';

const SYSTEM_REDIS = '/usr/bin/redis-server';
const OWNER_FILE = 'embedded-redis.json';

export interface EmbeddedRedis {
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

async function readOwner(path: string): Promise<OwnerRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(path, 'utf8')) as Partial<OwnerRecord>;
    if (typeof record.pid === 'number' && typeof record.url === 'string' && isAlive(record.pid)) {
      return { pid: record.pid, url: record.url };
    }
  } catch {
    // No record, or a stale one: this process starts the server.
  }
  return undefined;
}

/**
 * Starts the system `redis-server` on loopback with an append-only file under `dataDir`, for running Amigo without
 * a Redis of one's own. Two processes must never write the same append-only file, so a second process (say the
 * terminal session while the worker runs) shares the server the first one started.
 */
export async function startEmbeddedRedis(dataDir: string, binary = SYSTEM_REDIS): Promise<EmbeddedRedis> {
  await mkdir(dataDir, { recursive: true });
  const ownerPath = join(dataDir, OWNER_FILE);
  const existing = await readOwner(ownerPath);
  if (existing) {
    return { url: existing.url, dataDir, owned: false, stop: async () => undefined };
  }
  const server = await RedisMemoryServer.create({
    binary: { systemBinary: binary },
    instance: {
      ip: '127.0.0.1',
      args: ['--appendonly', 'yes', '--dir', dataDir, '--save', '', '--protected-mode', 'yes'],
    },
  });
  const url = `redis://127.0.0.1:${await server.getPort()}`;
  await writeFile(ownerPath, JSON.stringify({ pid: process.pid, url } satisfies OwnerRecord));
  // The server itself dies with this process (redis-memory-server watches it); the record must go too.
  const forget = () => rmSync(ownerPath, { force: true });
  process.once('exit', forget);
  return {
    url,
    dataDir,
    owned: true,
    stop: async () => {
      process.off('exit', forget);
      await rm(ownerPath, { force: true });
      await server.stop();
    },
  };
}
