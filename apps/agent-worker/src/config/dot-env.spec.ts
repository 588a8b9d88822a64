import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDotEnv } from './dot-env.js';

describe('loadDotEnv', () => {
  it('adds variables from the file without overriding the environment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'amigo-env-'));
    try {
      const file = join(dir, '.env');
      await writeFile(file, 'AMIGO_TEST_FROM_FILE=file\nAMIGO_TEST_ALREADY_SET=file\n');
      process.env['AMIGO_TEST_ALREADY_SET'] = 'environment';
      expect(loadDotEnv(file)).toBe(true);
      expect(process.env['AMIGO_TEST_FROM_FILE']).toBe('file');
      expect(process.env['AMIGO_TEST_ALREADY_SET']).toBe('environment');
      expect(loadDotEnv(join(dir, 'missing.env'))).toBe(false);
    } finally {
      delete process.env['AMIGO_TEST_FROM_FILE'];
      delete process.env['AMIGO_TEST_ALREADY_SET'];
      await rm(dir, { recursive: true, force: true });
    }
  });
});
