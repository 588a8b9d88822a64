#!/usr/bin/env node
// What a stranger gets from `npm install @amigo/<lib>`: packs the lib and the workspace libs it depends on, installs
// them with their registry dependencies into a blank project, and reports the installed size and how many modules
// `import('@amigo/<lib>')` loads. Usage: node tools/package-footprint.mjs user-store
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const lib = process.argv[2];
if (!lib) throw new Error('usage: node tools/package-footprint.mjs <lib>');

const manifest = (name) => JSON.parse(readFileSync(join(root, 'libs', name, 'package.json'), 'utf8'));
const workspaceLibs = (name, into = new Set()) => {
  into.add(name);
  for (const dep of Object.keys(manifest(name).dependencies ?? {})) {
    if (dep.startsWith('@amigo/') && !into.has(dep.slice(7))) workspaceLibs(dep.slice(7), into);
  }
  return into;
};

const libs = [...workspaceLibs(lib)];
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
run('npx', ['nx', 'run-many', '-t', 'build', '-p', ...libs, '--output-style=static'], root);

const dir = mkdtempSync(join(tmpdir(), `amigo-footprint-${lib}-`));
try {
  const tarballs = libs.map((name) => join(dir, run('npm', ['pack', '--silent', '--pack-destination', dir], join(root, 'libs', name)).trim()));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'blank', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...tarballs], dir);
  const bytes = Number(run('du', ['-sb', 'node_modules'], dir).split('\t')[0]);
  const packages = run('npm', ['ls', '--all', '--parseable'], dir).trim().split('\n').length - 1;
  // Every module the import evaluates, ESM and CommonJS, recorded by a resolve hook.
  writeFileSync(
    join(dir, 'hooks.mjs'),
    "import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); if (r.url.startsWith('file:')) appendFileSync(process.env.LOADED, r.url + '\\n'); return r; }\n",
  );
  writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
  const loaded = join(dir, 'loaded.txt');
  writeFileSync(loaded, '');
  // CommonJS modules bypass the resolve hook: they are read from the require cache once the import is done.
  const script = `await import('@amigo/${lib}'); const { appendFileSync } = await import('node:fs'); const { default: m } = await import('node:module'); appendFileSync(process.env.LOADED, Object.keys(m._cache).map((f) => 'file://' + f).join('\\n') + '\\n');`;
  execFileSync(process.execPath, ['--import', './register.mjs', '--input-type=module', '-e', script], {
    cwd: dir,
    env: { ...process.env, LOADED: loaded },
    stdio: 'inherit',
  });
  const modules = new Set(readFileSync(loaded, 'utf8').trim().split('\n').filter(Boolean));
  const byPackage = {};
  for (const url of modules) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    const name = match ? match[1] : '(own)';
    byPackage[name] = (byPackage[name] ?? 0) + 1;
  }
  console.log(`@amigo/${lib} in a blank project: ${(bytes / 1e6).toFixed(1)} MB installed, ${packages} packages;`);
  console.log(`import('@amigo/${lib}') loads ${modules.size} modules:`);
  for (const [name, count] of Object.entries(byPackage).sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${name}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
