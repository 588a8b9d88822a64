import { RulesBackend } from '@amigo/astro-profiler';
import { buildInstructions } from '../src/agent/instructions.js';
import { CrisisDetector } from '../src/safety/crisis-detector.js';
import {
  CRISIS,
  EVERYDAY,
  HELD_OUT_CRISIS,
  HELD_OUT_EVERYDAY,
} from '../src/safety/crisis-utterances.fixture.js';
import {
  BLIND_CRISIS,
  BLIND_EVERYDAY,
} from '../src/safety/crisis-utterances.blind.fixture.js';
import {
  FINAL_CRISIS,
  FINAL_EVERYDAY,
} from '../src/safety/crisis-utterances.final.fixture.js';
import {
  FRESH_CRISIS,
  FRESH_EVERYDAY,
} from '../src/safety/crisis-utterances.fresh.fixture.js';
import {
  FOURTH_CRISIS,
  FOURTH_EVERYDAY,
} from '../src/safety/crisis-utterances.fourth.fixture.js';
import {
  FIFTH_CRISIS,
  FIFTH_EVERYDAY,
} from '../src/safety/crisis-utterances.fifth.fixture.js';
import {
  UNSEEN_CRISIS,
  UNSEEN_EVERYDAY,
} from '../src/safety/crisis-utterances.unseen.fixture.js';
import { sampleKundali } from '../src/testing/agent.fixture.js';

// Figures of the safety layer on the labelled table, and what it costs per user turn.

function percentile(sorted: number[], p: number): number {
  return (
    sorted[
      Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))
    ] ?? Number.NaN
  );
}

function timeEach(label: string, runs: number, fn: (i: number) => void): void {
  for (let i = 0; i < 200; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} n=${runs}  p50 ${percentile(samples, 50).toFixed(1)} µs  p99 ${percentile(samples, 99).toFixed(1)} µs  max ${samples.at(-1)?.toFixed(1)} µs`,
  );
}

const detector = new CrisisDetector();
const pct = (n: number, of: number) =>
  `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;

// Held-out tables print totals only: listing their misses would invite patching rules one utterance at a time.
function report(
  title: string,
  crisis: typeof CRISIS,
  everyday: readonly string[],
  { listMisses }: { listMisses: boolean },
): void {
  const explicit = crisis.filter(([, , e]) => e);
  const implicit = crisis.filter(([, , e]) => !e);
  const caught = (rows: typeof CRISIS) =>
    rows.filter(([u]) => detector.assess(u).isCrisis).length;
  const falsePositives = everyday.filter((u) => detector.assess(u).isCrisis);
  console.log(title);
  console.log(`  explicit recall   ${pct(caught(explicit), explicit.length)}`);
  console.log(`  implicit recall   ${pct(caught(implicit), implicit.length)}`);
  console.log(
    `  false positives   ${pct(falsePositives.length, everyday.length)}`,
  );
  if (!listMisses) return;
  for (const [u] of crisis.filter(([u]) => !detector.assess(u).isCrisis))
    console.log(`    misses: "${u}"`);
  for (const u of falsePositives)
    console.log(
      `    fires on: "${u}" (${detector.assess(u).rules.join(', ')})`,
    );
}

report(
  'Crisis detector on the labelled table (the rules were written against it)',
  CRISIS,
  EVERYDAY,
  { listMisses: true },
);
report(
  '\nCrisis detector on the first held-out table (40 utterances)',
  HELD_OUT_CRISIS,
  HELD_OUT_EVERYDAY,
  { listMisses: false },
);
report(
  '\nFresh set (written before the concept rules; seen by their author)',
  FRESH_CRISIS,
  FRESH_EVERYDAY,
  { listMisses: false },
);
report(
  '\nBlind set (written after round 1; round 2 written with it in mind)',
  BLIND_CRISIS,
  BLIND_EVERYDAY,
  { listMisses: false },
);
report(
  '\nThird set (measured once after round 2, then tuned on in round 3)',
  FINAL_CRISIS,
  FINAL_EVERYDAY,
  { listMisses: false },
);

report(
  '\nFourth set (measured once after round 3, then tuned on in round 4)',
  FOURTH_CRISIS,
  FOURTH_EVERYDAY,
  { listMisses: false },
);

report(
  '\nFifth set (measured once after round 4, then tuned on in round 5)',
  FIFTH_CRISIS,
  FIFTH_EVERYDAY,
  { listMisses: false },
);

report(
  '\nUnseen set (written after the last rule change; the honest estimate)',
  UNSEEN_CRISIS,
  UNSEEN_EVERYDAY,
  { listMisses: false },
);

const all = [...CRISIS.map(([u]) => u), ...EVERYDAY];
const long = `${'I had a long day at work and my manager kept calling me, '.repeat(60)}and now I just want to sleep.`;
console.log('\nCost per user turn');
timeEach('assess (table utterances)', 20_000, (i) =>
  detector.assess(all[i % all.length] ?? ''),
);
timeEach(`assess (${long.length}-char monologue)`, 2_000, () =>
  detector.assess(long),
);

const xray = await new RulesBackend({
  clock: () => new Date('2026-01-01T00:00:00Z'),
}).generate(sampleKundali, {
  focusTopic: 'career',
});
timeEach('buildInstructions (rules X-Ray)', 5_000, () =>
  buildInstructions(xray, { focusTopic: 'career' }),
);
console.log(
  `  instructions length: ${buildInstructions(xray, { focusTopic: 'career' }).length} chars`,
);
