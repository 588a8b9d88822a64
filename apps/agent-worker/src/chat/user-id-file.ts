import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

const UserId = z.uuid();

/**
 * The terminal's "localStorage": a stable anonymous id in a local file, created on first use. A file that does not
 * hold a UUID is replaced (the id is only a key, nothing is lost by a new one).
 */
export class UserIdFile {
  constructor(readonly path: string) {}

  async read(): Promise<string | undefined> {
    try {
      const parsed = UserId.safeParse((await readFile(this.path, 'utf8')).trim());
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async getOrCreate(): Promise<{ userId: string; created: boolean }> {
    const existing = await this.read();
    if (existing) return { userId: existing, created: false };
    const userId = randomUUID();
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, `${userId}\n`, { mode: 0o600 });
    return { userId, created: true };
  }

  async forget(): Promise<void> {
    await rm(this.path, { force: true });
  }
}

export function parseUserId(value: string): string | undefined {
  const parsed = UserId.safeParse(value.trim());
  return parsed.success ? parsed.data : undefined;
}
