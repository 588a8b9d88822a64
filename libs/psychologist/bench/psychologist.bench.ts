import { RulesBackend } from '@amigo/astro-profiler';
import { buildInstructions } from '../src/agent/instructions.js';
import { CrisisClassifier } from '../src/safety/classifier/crisis-classifier.js';
import { trainCrisisModel } from '../src/safety/classifier/crisis-model.trainer.js';
import { ALL_TRAINING_SETS, FINAL_TEST_SETS, INDEPENDENT_SETS, RULE_AUTHOR_SETS, trainingData } from '../src/safety/corpus/corpus.fixture.js';
import type { IndependentSet } from '../src/safety/corpus/independent-set.fixture.js';
import { CrisisDetector } from '../src/safety/crisis-detector.js';
import { CRISIS, EVERYDAY, type Labelled } from '../src/safety/crisis-utterances.fixture.js';
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
const rulesAlone = new CrisisDetector({ classifier: null });
const pct = (n: number, of: number) =>
  `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;

interface Tally {
  explicit: number;
  explicitCaught: number;
  implicit: number;
  implicitCaught: number;
  everyday: number;
  falsePositives: number;
}
const emptyTally = (): Tally => ({ explicit: 0, explicitCaught: 0, implicit: 0, implicitCaught: 0, everyday: 0, falsePositives: 0 });

function tally(d: CrisisDetector, crisis: readonly Labelled[], everyday: readonly string[], into = emptyTally()): Tally {
  for (const [u, , explicit] of crisis) {
    const hit = d.assess(u).isCrisis ? 1 : 0;
    if (explicit) {
      into.explicit++;
      into.explicitCaught += hit;
    } else {
      into.implicit++;
      into.implicitCaught += hit;
    }
  }
  for (const u of everyday) {
    into.everyday++;
    into.falsePositives += d.assess(u).isCrisis ? 1 : 0;
  }
  return into;
}

const line = (label: string, t: Tally) =>
  console.log(
    `  ${label.padEnd(28)} explicit ${pct(t.explicitCaught, t.explicit).padEnd(16)} implicit ${pct(t.implicitCaught, t.implicit).padEnd(16)} false positives ${pct(t.falsePositives, t.everyday)}`,
  );

// Only the labelled table lists its misses: listing the others' would invite patching one utterance at a time.
console.log('Crisis detector on the labelled table (rules written against it; classifier trained on it)');
line('rules + classifier', tally(detector, CRISIS, EVERYDAY));
for (const [u] of CRISIS.filter(([u]) => !detector.assess(u).isCrisis)) console.log(`    misses: "${u}"`);
for (const u of EVERYDAY.filter((u) => detector.assess(u).isCrisis)) console.log(`    fires on: "${u}" (${detector.assess(u).detectedBy})`);

console.log("\nThe rules' author's other sets (seen by the rules, trained on by the shipped classifier)");
for (const set of RULE_AUTHOR_SETS.slice(1)) line(set.name, tally(detector, set.crisis, set.everyday));

const classifierWithout = (heldOut: readonly IndependentSet[]) =>
  CrisisClassifier.fromModel(trainCrisisModel(trainingData(ALL_TRAINING_SETS.filter((set) => !heldOut.includes(set))).examples));

function add(into: Tally, t: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += t[key];
}

console.log('\nIndependent sets, each measured with a classifier trained on all other sets (leave-one-author-out)');
const crossRules = emptyTally();
const crossBoth = emptyTally();
for (const held of INDEPENDENT_SETS) {
  const t = tally(new CrisisDetector({ classifier: classifierWithout([held]) }), held.crisis, held.everyday);
  line(`set ${held.name}`, t);
  add(crossBoth, t);
  tally(rulesAlone, held.crisis, held.everyday, crossRules);
}
line('all, rules alone', crossRules);
line('all, rules + classifier', crossBoth);

console.log('\nFinal test sets (written after the design was settled), classifier trained without them');
const withoutFinal = new CrisisDetector({ classifier: classifierWithout(FINAL_TEST_SETS) });
const finalRules = emptyTally();
const finalBoth = emptyTally();
for (const set of FINAL_TEST_SETS) {
  tally(rulesAlone, set.crisis, set.everyday, finalRules);
  tally(withoutFinal, set.crisis, set.everyday, finalBoth);
}
line('rules alone', finalRules);
line('rules + classifier', finalBoth);

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
