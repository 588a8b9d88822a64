#!/usr/bin/env node
// Proves that `nx lint` rejects imports across the layers (README, "Boundaries"). A lint rule nobody has seen fail
// protects nothing: each case plants a forbidden import in a real project, runs the real `nx lint` and expects
// it to fail on exactly that file, then removes the file again.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const forbidden = [
  // Probes stay clear of real edges: kundali-fetch -> user-store would be reported as a cycle instead.
  { project: 'psychologist', imports: '@amigo/user-store', why: 'agents must not depend on persistence' },
  { project: 'kundali-fetch', imports: '@amigo/user-id', why: 'domain must not depend on transport' },
  { project: 'config', imports: '@amigo/psychologist', why: 'shared conventions must not depend on agents' },
  { project: 'user-store', imports: '@amigo/kundali-fetch', why: 'persistence must not depend on domain' },
  { project: 'user-id', imports: '@amigo/user-store', why: 'transport must not depend on persistence' },
  { project: 'contracts', imports: '@amigo/logging', why: 'contracts depend on nothing of ours' },
  // Its specs use the test utilities, so this probes a file-level rule, not a missing project edge.
  { project: 'astro-profiler', imports: '@amigo/test-utils', why: 'production code must not depend on test utilities' },
];

function lint(project) {
  try {
    const out = execFileSync('npx', ['nx', 'lint', project, '--skip-nx-cache', '--output-style=static'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    });
    return { failed: false, output: out };
  } catch (error) {
    return { failed: true, output: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

let failures = 0;
for (const { project, imports, why } of forbidden) {
  const file = join(root, 'libs', project, 'src', '__boundary_probe__.ts');
  writeFileSync(file, `import * as forbidden from '${imports}';\nexport const probe = forbidden;\n`);
  try {
    const { failed, output } = lint(project);
    const flagged =
      failed &&
      output.includes('__boundary_probe__.ts') &&
      output.includes('can only depend on libs tagged with');
    console.log(`${flagged ? 'ok  ' : 'FAIL'} ${project} -> ${imports} rejected (${why})`);
    if (!flagged) {
      failures += 1;
      console.log(output);
    }
  } finally {
    rmSync(file, { force: true });
  }
}
console.log(`boundary check: ${forbidden.length - failures} of ${forbidden.length} forbidden imports rejected`);
process.exit(failures === 0 ? 0 : 1);
