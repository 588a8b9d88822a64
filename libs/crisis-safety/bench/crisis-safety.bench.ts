import { fileURLToPath } from 'node:url';
import { CrisisClassifier } from '../src/classifier/crisis-classifier.js';
import { CrisisDetector } from '../src/detector/crisis-detector.js';
import { type LabelledSet, loadCorpus, trainingExamples } from '../training/corpus.js';
import { trainCrisisModel } from '../training/crisis-model-trainer.js';

// Figures of the crisis screen on the labelled sets, and what it costs per user turn.

const corpus = loadCorpus(fileURLToPath(new URL('../data/corpora', import.meta.url)));
const named = (name: string) => corpus.find((set) => set.name === name) as LabelledSet;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
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
const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;

interface Tally {
  explicit: number;
  explicitCaught: number;
  implicit: number;
  implicitCaught: number;
  everyday: number;
  falsePositives: number;
}
const emptyTally = (): Tally => ({ explicit: 0, explicitCaught: 0, implicit: 0, implicitCaught: 0, everyday: 0, falsePositives: 0 });

function tally(d: CrisisDetector, sets: readonly LabelledSet[], into = emptyTally()): Tally {
  for (const turn of sets.flatMap((set) => set.turns)) {
    const hit = d.assess(turn.text).isCrisis ? 1 : 0;
    if (turn.signal === 'explicit') {
      into.explicit++;
      into.explicitCaught += hit;
    } else if (turn.signal === 'implicit') {
      into.implicit++;
      into.implicitCaught += hit;
    } else {
      into.everyday++;
      into.falsePositives += hit;
    }
  }
  return into;
}

const line = (label: string, t: Tally) =>
  console.log(
    `  ${label.padEnd(28)} explicit ${pct(t.explicitCaught, t.explicit).padEnd(16)} implicit ${pct(t.implicitCaught, t.implicit).padEnd(16)} false positives ${pct(t.falsePositives, t.everyday)}`,
  );

// Only the labelled table lists its misses: listing the others' would invite patching one utterance at a time.
const table = named('labelled');
console.log('Crisis detector on the labelled table (rules written against it; classifier trained on it)');
line('rules + classifier', tally(detector, [table]));
for (const turn of table.turns) {
  const hit = detector.assess(turn.text);
  if (turn.signal !== 'none' && !hit.isCrisis) console.log(`    misses: "${turn.text}"`);
  if (turn.signal === 'none' && hit.isCrisis) console.log(`    fires on: "${turn.text}" (${hit.detectedBy})`);
}

console.log("\nThe rules' author's other sets (seen by the rules, trained on by the shipped classifier)");
for (const set of corpus.filter((s) => s.author === 'rules-author' && s !== table)) line(set.name, tally(detector, [set]));

const shipped = corpus.filter((set) => set.trains_shipped_model);
const classifierWithout = (heldOut: readonly LabelledSet[]) =>
  CrisisClassifier.fromModel(trainCrisisModel(trainingExamples(shipped.filter((set) => !heldOut.includes(set)))));

function add(into: Tally, t: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += t[key];
}

const finalTests = [named('k'), named('l')];
console.log('\nIndependent sets, each measured with a classifier trained on all other sets (leave-one-author-out)');
const crossRules = emptyTally();
const crossBoth = emptyTally();
for (const held of corpus.filter((s) => s.author === 'independent' && !finalTests.includes(s))) {
  const t = tally(new CrisisDetector({ classifier: classifierWithout([held]) }), [held]);
  line(`set ${held.name}`, t);
  add(crossBoth, t);
  tally(rulesAlone, [held], crossRules);
}
line('all, rules alone', crossRules);
line('all, rules + classifier', crossBoth);

console.log('\nFinal test sets (written after the design was settled), classifier trained without them');
line('rules alone', tally(rulesAlone, finalTests));
line('rules + classifier', tally(new CrisisDetector({ classifier: classifierWithout(finalTests) }), finalTests));

const all = table.turns.map((turn) => turn.text);
const long = `${'I had a long day at work and my manager kept calling me, '.repeat(60)}and now I just want to sleep.`;
console.log('\nCost per user turn');
timeEach('assess (table utterances)', 20_000, (i) => detector.assess(all[i % all.length] ?? ''));
timeEach(`assess (${long.length}-char monologue)`, 2_000, () => detector.assess(long));
