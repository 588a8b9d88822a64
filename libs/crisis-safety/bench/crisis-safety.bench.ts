import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CrisisKind } from '@amigo/contracts';
import { CrisisClassifier } from '../src/classifier/crisis-classifier.js';
import { CrisisDetector } from '../src/detector/crisis-detector.js';
import { readLabelledSets } from '../src/corpus/labelled-set.js';
import { type LabelledSet, type LabelledTurn, loadCorpus, trainingExamples } from '../training/corpus.js';
import { trainCrisisModel } from '../training/crisis-model-trainer.js';

// Figures of the crisis screen per set, language and kind, and what it costs per user turn next to a baseline.
// `--sets-dir <dir>` also measures every *.jsonl set of a directory outside the repository (a held-out set, measured
// once with the shipped detector, never copied in). What a hosted moderation model adds to the screen is measured by
// `nx run agent-worker:moderation-bench`, where the HTTP client lives.

const corpus = loadCorpus(fileURLToPath(new URL('../data/corpora', import.meta.url)));
const named = (name: string) => corpus.find((set) => set.name === name) as LabelledSet;

type Turns = { name: string; turns: LabelledTurn[] };

const LANGS = ['en', 'hinglish', 'hi'] as const;
const KINDS: readonly CrisisKind[] = ['immediate_danger', 'suicidal_intent', 'self_harm', 'abuse'];

interface Count {
  n: number;
  hit: number;
}
const count = (): Count => ({ n: 0, hit: 0 });
const add = (c: Count, hit: boolean) => {
  c.n++;
  if (hit) c.hit++;
};
const pct = (c: Count) => (c.n === 0 ? '-'.padEnd(16) : `${c.hit}/${c.n} (${((100 * c.hit) / c.n).toFixed(1)}%)`.padEnd(16));

interface Tally {
  explicit: Count;
  implicit: Count;
  everyday: Count;
  /** Crisis turns of each kind that are caught at all, and caught with that kind. */
  caught: Record<CrisisKind, Count>;
  tagged: Record<CrisisKind, Count>;
}
const tallyOf = (): Tally => ({
  explicit: count(),
  implicit: count(),
  everyday: count(),
  caught: Object.fromEntries(KINDS.map((k) => [k, count()])) as Record<CrisisKind, Count>,
  tagged: Object.fromEntries(KINDS.map((k) => [k, count()])) as Record<CrisisKind, Count>,
});

function tally(detector: CrisisDetector, turns: readonly LabelledTurn[], into = tallyOf()): Tally {
  for (const turn of turns) {
    const assessment = detector.assess(turn.text);
    if (turn.signal === 'none') add(into.everyday, assessment.isCrisis);
    else add(into[turn.signal], assessment.isCrisis);
    for (const kind of turn.kinds) {
      add(into.caught[kind], assessment.isCrisis);
      add(into.tagged[kind], assessment.kinds.includes(kind));
    }
  }
  return into;
}

const line = (label: string, t: Tally) =>
  console.log(
    `  ${label.padEnd(30)} explicit ${pct(t.explicit)} implicit ${pct(t.implicit)} false alarms ${pct(t.everyday)}`,
  );

/** One set by language (signal recall, false alarms) and by kind (caught at all / caught with that kind). */
function report(label: string, detector: CrisisDetector, set: Turns): void {
  line(label, tally(detector, set.turns));
  for (const lang of LANGS) {
    const turns = set.turns.filter((turn) => turn.lang === lang);
    if (turns.length === 0) continue;
    const t = tally(detector, turns);
    line(`  ${lang}`, t);
    const kinds = KINDS.filter((kind) => t.caught[kind].n > 0)
      .map((kind) => `${kind} ${pct(t.caught[kind]).trim()} tagged ${t.tagged[kind].hit}/${t.tagged[kind].n}`)
      .join('; ');
    console.log(`      ${kinds}`);
  }
}

const detector = new CrisisDetector();
const rulesAlone = new CrisisDetector({ classifier: null });

// Only the labelled table lists its misses: listing the others' would invite patching one utterance at a time.
const table = named('labelled');
console.log('Crisis detector on the labelled table (rules written against it; classifier trained on it)');
line('rules + classifier', tally(detector, table.turns));
for (const turn of table.turns) {
  const hit = detector.assess(turn.text);
  if (turn.signal !== 'none' && !hit.isCrisis) console.log(`    misses: "${turn.text}"`);
  if (turn.signal === 'none' && hit.isCrisis) console.log(`    fires on: "${turn.text}" (${hit.detectedBy})`);
}

console.log("\nThe rules' author's other sets (seen by the rules, trained on by the shipped classifier)");
for (const set of corpus.filter((s) => s.author === 'rules-author' && s !== table)) line(set.name, tally(detector, set.turns));

const shipped = corpus.filter((set) => set.trains_shipped_model);
const classifierWithout = (heldOut: readonly LabelledSet[]) =>
  CrisisClassifier.fromModel(trainCrisisModel(trainingExamples(shipped.filter((set) => !heldOut.includes(set)))));

function sum(into: Tally, t: Tally): void {
  for (const key of ['explicit', 'implicit', 'everyday'] as const) {
    into[key].n += t[key].n;
    into[key].hit += t[key].hit;
  }
}

const finalTests = [named('k'), named('l')];
console.log('\nSets by other writers, each measured with a classifier trained on all other sets (leave-one-set-out)');
const crossRules = tallyOf();
const crossBoth = tallyOf();
for (const held of corpus.filter((s) => s.author !== 'rules-author' && !finalTests.includes(s))) {
  const without = new CrisisDetector({ classifier: classifierWithout([held]) });
  if (held.author === 'blind-writer') {
    console.log(`  -- ${held.name} (${held.author}, written ${held.written}; rules developed against it)`);
    report(`set ${held.name}, shipped`, detector, held);
    report(`set ${held.name}, left out`, without, held);
  }
  const t = tally(without, held.turns);
  if (held.author !== 'blind-writer') line(`set ${held.name}`, t);
  sum(crossBoth, t);
  sum(crossRules, tally(rulesAlone, held.turns));
}
line('all, rules alone', crossRules);
line('all, rules + classifier', crossBoth);

console.log('\nFinal test sets (written after the design was settled), classifier trained without them');
line('rules alone', tally(rulesAlone, finalTests.flatMap((s) => s.turns)));
report('rules + classifier', new CrisisDetector({ classifier: classifierWithout(finalTests) }), {
  name: 'k+l',
  turns: finalTests.flatMap((s) => s.turns),
});

const setsDir = parseArgs({ options: { 'sets-dir': { type: 'string' } } }).values['sets-dir'];
if (setsDir) {
  console.log(`\nSets from ${resolve(setsDir)}, measured with the shipped detector (never trained on them)`);
  for (const set of readLabelledSets(setsDir)) report(`set ${set.name}`, detector, set);
}

// Speed: the shipped detector against a named baseline, the rules alone, timed in alternation on the same turns so
// the machine's load falls on both alike; the ratio is the figure, the microseconds only context.
function timeSideBySide(label: string, runs: number, baseline: (i: number) => void, candidate: (i: number) => void): void {
  for (let i = 0; i < 200; i++) {
    baseline(i);
    candidate(i);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = process.hrtime.bigint();
    baseline(i);
    a.push(Number(process.hrtime.bigint() - start) / 1e3);
    start = process.hrtime.bigint();
    candidate(i);
    b.push(Number(process.hrtime.bigint() - start) / 1e3);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
  const total = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  console.log(
    `  ${label.padEnd(32)} n=${runs}  median ${median(b).toFixed(1)} µs vs ${median(a).toFixed(1)} µs: ratio ${(median(b) / median(a)).toFixed(2)} (total ${(total(b) / total(a)).toFixed(2)})`,
  );
}

const all = corpus.flatMap((set) => set.turns.map((turn) => turn.text));
const long = `${'I had a long day at work and my manager kept calling me, '.repeat(60)}and now I just want to sleep.`;
console.log('\nCost per user turn: rules + shipped classifier against the baseline "rules alone" (ratio = candidate / baseline)');
timeSideBySide(
  'assess (corpus utterances)',
  20_000,
  (i) => rulesAlone.assess(all[i % all.length] ?? ''),
  (i) => detector.assess(all[i % all.length] ?? ''),
);
timeSideBySide(
  `assess (${long.length}-char monologue)`,
  1_000,
  () => rulesAlone.assess(long),
  () => detector.assess(long),
);
