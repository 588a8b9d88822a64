/**
 * Trains the shipped crisis classifier on every set `data/corpora/sets.json` marks for it and writes
 * `src/classifier/crisis-model.json`. Deterministic: the same sets give the same file, so a diff of the model means the
 * data or the trainer changed. Run `nx run crisis-safety:train-crisis-model`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus, shippedTrainingSets, trainingExamples } from './corpus.js';
import { trainCrisisModel } from './crisis-model-trainer.js';

const sets = shippedTrainingSets(loadCorpus(fileURLToPath(new URL('../data/corpora', import.meta.url))));
const model = trainCrisisModel(trainingExamples(sets), { sets: sets.map((set) => set.name) });
const target = fileURLToPath(new URL('../src/classifier/crisis-model.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(model, null, 1)}\n`);
console.log(`crisis model written to ${target}: ${Object.entries(model.trained_on.counts).map(([c, n]) => `${c} ${n}`).join(', ')}`);
