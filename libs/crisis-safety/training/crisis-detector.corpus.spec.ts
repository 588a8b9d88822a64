import { join } from 'node:path';
import { CrisisClassifier } from '../src/classifier/crisis-classifier.js';
import { CrisisDetector } from '../src/detector/crisis-detector.js';
import { type LabelledSet, type LabelledTurn, loadCorpus, trainingExamples } from './corpus.js';
import { trainCrisisModel } from './crisis-model-trainer.js';

const corpus = loadCorpus(join(__dirname, '../data/corpora'));
const set = (name: string): LabelledSet => {
  const found = corpus.find((s) => s.name === name);
  if (!found) throw new Error(`no set ${name}`);
  return found;
};
const crisisOf = (sets: readonly LabelledSet[]) => sets.flatMap((s) => s.turns.filter((t) => t.signal !== 'none'));
const everydayOf = (sets: readonly LabelledSet[]) => sets.flatMap((s) => s.turns.filter((t) => t.signal === 'none'));
const caught = (detector: CrisisDetector, turns: readonly LabelledTurn[]) =>
  turns.filter((t) => detector.assess(t.text).isCrisis).length / turns.length;

describe('CrisisDetector on the labelled table', () => {
  const detector = new CrisisDetector();
  const table = set('labelled');
  const crisis = crisisOf([table]);
  const everyday = everydayOf([table]);

  it('has a table large enough to mean something', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(60);
    expect(everyday.length).toBeGreaterThanOrEqual(60);
  });

  it('catches every explicit statement, with its kind', () => {
    const explicit = crisis.filter((t) => t.signal === 'explicit');
    expect(explicit.filter((t) => !detector.assess(t.text).isCrisis).map((t) => t.text)).toEqual([]);
    const wrongKind = explicit.filter((t) => !t.kinds.every((kind) => detector.assess(t.text).kinds.includes(kind)));
    expect(wrongKind.map((t) => `${t.kinds.join('+')}: ${t.text}`)).toEqual([]);
  });

  it('catches at least 90% of the indirect signals', () => {
    expect(caught(detector, crisis.filter((t) => t.signal === 'implicit'))).toBeGreaterThanOrEqual(0.9);
  });

  it('fires on at most 5% of everyday distress and hyperbole', () => {
    expect(caught(detector, everyday)).toBeLessThanOrEqual(0.05);
  });
});

/**
 * The figure that matters: sets written by people who never saw the detector, measured with a classifier trained
 * the way the shipped one is but without them. Floors a little under the measured 96.3% / 60.0% / 4.5%.
 */
describe('CrisisDetector on independent sets its classifier was not trained on', () => {
  const heldOut = [set('k'), set('l')];
  const trainedOn = corpus.filter((s) => s.trains_shipped_model && !heldOut.includes(s));
  const detector = new CrisisDetector({ classifier: CrisisClassifier.fromModel(trainCrisisModel(trainingExamples(trainedOn))) });
  const crisis = crisisOf(heldOut);
  const everyday = everydayOf(heldOut);

  it('catches at least 95% of explicit statements and half the indirect ones', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(200);
    expect(caught(detector, crisis.filter((t) => t.signal === 'explicit'))).toBeGreaterThanOrEqual(0.95);
    expect(caught(detector, crisis.filter((t) => t.signal === 'implicit'))).toBeGreaterThanOrEqual(0.55);
  });

  it('fires on at most 5% of everyday turns, and on no short ones', () => {
    expect(caught(detector, everyday)).toBeLessThanOrEqual(0.05);
    const short = everyday.filter((t) => t.text.split(/\s+/).length <= 6);
    expect(short.length).toBeGreaterThanOrEqual(50);
    expect(short.filter((t) => detector.assess(t.text).isCrisis).map((t) => t.text)).toEqual([]);
  });
});

/**
 * Regression floors on the rules' author's frozen sets. The rules were written or tuned with them in view and the
 * shipped classifier is trained on them, so these say nothing about new wording (the independent-sets spec above
 * does); they catch a rule or model change that breaks what used to work.
 */
describe.each([
  ['fresh', { explicit: 0.95, implicit: 0.9, falsePositives: 0.05 }],
  ['blind', { explicit: 0.9, implicit: 0.8, falsePositives: 0.05 }],
  ['third', { explicit: 0.95, implicit: 0.9, falsePositives: 0.05 }],
  ['fourth', { explicit: 0.95, implicit: 0.9, falsePositives: 0.05 }],
  ['fifth', { explicit: 0.95, implicit: 0.9, falsePositives: 0.05 }],
  ['unseen', { explicit: 0.65, implicit: 0.25, falsePositives: 0.09 }],
] as const)('CrisisDetector on the %s set', (name, floor) => {
  const detector = new CrisisDetector();
  const crisis = crisisOf([set(name)]);

  it('stays above its explicit and implicit recall floors', () => {
    expect(caught(detector, crisis.filter((t) => t.signal === 'explicit'))).toBeGreaterThanOrEqual(floor.explicit);
    expect(caught(detector, crisis.filter((t) => t.signal === 'implicit'))).toBeGreaterThanOrEqual(floor.implicit);
  });

  it('stays under its false-positive ceiling on everyday distress and hyperbole', () => {
    expect(caught(detector, everydayOf([set(name)]))).toBeLessThanOrEqual(floor.falsePositives);
  });
});

/**
 * Regression floors on the blind-written development set, per language. The rules were developed against it and the
 * shipped classifier is trained on it, so these hold what was reached (the targets: explicit >= 98%, implicit
 * >= 90%, false alarms <= 3%, acts now tagged immediate danger); they say nothing about new wording.
 */
describe.each(['en', 'hinglish', 'hi'] as const)('CrisisDetector on the blind development set in %s', (lang) => {
  const detector = new CrisisDetector();
  const turns = set('blind-dev').turns.filter((t) => t.lang === lang);
  const crisis = turns.filter((t) => t.signal !== 'none');

  it('meets the explicit, implicit and false-alarm targets', () => {
    expect(caught(detector, crisis.filter((t) => t.signal === 'explicit'))).toBeGreaterThanOrEqual(0.98);
    expect(caught(detector, crisis.filter((t) => t.signal === 'implicit'))).toBeGreaterThanOrEqual(0.9);
    expect(caught(detector, turns.filter((t) => t.signal === 'none'))).toBeLessThanOrEqual(0.03);
  });

  it('tags every act happening now as immediate danger', () => {
    const now = crisis.filter((t) => t.kinds.includes('immediate_danger'));
    expect(now.length).toBeGreaterThanOrEqual(10);
    expect(now.filter((t) => !detector.assess(t.text).kinds.includes('immediate_danger')).map((t) => t.text)).toEqual([]);
  });
});
