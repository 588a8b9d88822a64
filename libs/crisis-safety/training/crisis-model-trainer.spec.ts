import { join } from 'node:path';
import { ZodError } from 'zod';
import { CrisisClassifier } from '../src/classifier/crisis-classifier.js';
import CRISIS_MODEL from '../src/classifier/crisis-model.json' with { type: 'json' };
import { loadCorpus, shippedTrainingSets, trainingExamples } from './corpus.js';
import { trainCrisisModel, type TrainingExample } from './crisis-model-trainer.js';

const toy: TrainingExample[] = [
  ...['I will jump off the bridge', 'going to jump from the roof', 'jump in front of the train', 'I plan to jump tonight'].map(
    (text) => ({ text, label: 'suicidal_intent' as const }),
  ),
  ...['he beats me every night', 'my husband beats me', 'she beats me with a belt', 'my father beats me'].map((text) => ({
    text,
    label: 'abuse' as const,
  })),
  ...['lovely weather for a walk', 'the tea is lovely', 'what a lovely song', 'a lovely day at the park', 'tell me about my chart'].map(
    (text) => ({ text, label: 'none' as const }),
  ),
];

describe('CrisisClassifier', () => {
  it('learns crisis kinds and everyday talk from labelled examples', () => {
    const classifier = CrisisClassifier.fromModel(trainCrisisModel(toy, { bits: 12 }));
    expect(classifier.predict('I am going to jump')).toMatchObject({ kind: 'suicidal_intent' });
    expect(classifier.predict('I am going to jump').crisis).toBeGreaterThan(0.5);
    expect(classifier.predict('my brother beats me')).toMatchObject({ kind: 'abuse' });
    expect(classifier.predict('my brother beats me').crisis).toBeGreaterThan(0.5);
    expect(classifier.predict('such lovely weather').crisis).toBeLessThan(0.5);
  });

  it('trains the same model from the same data', () => {
    expect(trainCrisisModel(toy, { bits: 12 })).toEqual(trainCrisisModel(toy, { bits: 12 }));
    expect(trainCrisisModel(toy, { bits: 12 }).weights).not.toEqual(trainCrisisModel(toy, { bits: 12, seed: 7 }).weights);
  });

  it('answers an empty or blank utterance with the bias alone', () => {
    const classifier = CrisisClassifier.fromModel(trainCrisisModel(toy, { bits: 12 }));
    expect(classifier.predict('').crisis).toBe(classifier.predict(' ?! ').crisis);
  });

  it('refuses a model that is not one, with a typed error', () => {
    expect(() => CrisisClassifier.fromModel({ ...CRISIS_MODEL, format: 'other/1' })).toThrow(ZodError);
    expect(() => CrisisClassifier.fromModel({ ...CRISIS_MODEL, classes: ['abuse', 'none'] })).toThrow(ZodError);
    expect(() => CrisisClassifier.fromModel({ ...CRISIS_MODEL, weights: 'AAAA' })).toThrow(RangeError);
    expect(() => CrisisClassifier.fromModel(null)).toThrow(ZodError);
  });

  it('ships exactly the model the labelled sets train (run train-crisis-model after changing them)', () => {
    const sets = shippedTrainingSets(loadCorpus(join(__dirname, '../data/corpora')));
    const retrained = trainCrisisModel(trainingExamples(sets), { sets: sets.map((set) => set.name) });
    expect(retrained.trained_on).toEqual(CRISIS_MODEL.trained_on);
    expect(retrained.weights === CRISIS_MODEL.weights).toBe(true);
  }, 60_000);
});
