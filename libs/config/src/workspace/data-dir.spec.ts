import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveDataDir } from './data-dir.js';

describe('resolveDataDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'amigo-ws-'));
  writeFileSync(join(root, 'nx.json'), '{}');
  mkdirSync(join(root, 'apps', 'web'), { recursive: true });

  it('takes a relative folder from the workspace root, wherever the app was started', () => {
    expect(resolveDataDir('.amigo', root)).toBe(join(root, '.amigo'));
    expect(resolveDataDir('.amigo', join(root, 'apps', 'web'))).toBe(join(root, '.amigo'));
  });

  it('keeps an absolute folder, and uses the working folder outside a workspace', () => {
    expect(resolveDataDir('/srv/amigo', join(root, 'apps'))).toBe('/srv/amigo');
    const outside = mkdtempSync(join(tmpdir(), 'amigo-plain-'));
    expect(resolveDataDir('state', outside)).toBe(join(outside, 'state'));
  });
});
