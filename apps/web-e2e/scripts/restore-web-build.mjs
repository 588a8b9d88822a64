// Serves the suite a build of apps/web restored from the Nx cache, so the e2e tests would fail if a cached build
// were broken (it once was: Turbopack linked node-redis through .next/node_modules, which Nx does not cache).
// `web:build` has just run (this target depends on it); its outputs are deleted and `nx build web` must then restore
// them from the cache rather than build again.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const outputs = [join(root, 'apps/web/.next'), join(root, 'apps/web/dist/server')];
for (const output of outputs) rmSync(output, { recursive: true, force: true });

const run = spawnSync('npx', ['nx', 'run', 'web:build', '--output-style=static'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
});
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
if (run.status !== 0) process.exit(run.status ?? 1);

const missing = outputs.filter((output) => !existsSync(output));
if (missing.length > 0) {
  console.error(`restore-web-build: ${missing.join(', ')} missing after nx build web`);
  process.exit(1);
}
// eslint-disable-next-line no-control-regex -- Nx colours its output; the colour codes are stripped before matching.
const plain = (run.stdout ?? '').replace(/\u001b\[[0-9;]*m/g, '');
if (!/nx run web:build\s+\[(local|remote) cache\]/.test(plain)) {
  if (process.env.NX_SKIP_NX_CACHE === 'true') {
    console.warn('restore-web-build: the Nx cache is skipped, so the suite runs on a fresh build, not a restored one');
  } else {
    console.error('restore-web-build: web:build was built again instead of restored from the Nx cache');
    process.exit(1);
  }
}
