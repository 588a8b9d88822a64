import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type LabelledTurn, readLabelledTurns } from '../src/corpus/labelled-set.js';
import type { TrainingExample } from './crisis-model-trainer.js';

export { LabelledTurn } from '../src/corpus/labelled-set.js';

/** An entry of `data/corpora/sets.json`. */
export const SetEntry = z.strictObject({
  name: z.string().min(1),
  file: z.string().regex(/^[a-z0-9-]+\.jsonl$/),
  /**
   * `rules-author`: written by whoever wrote the rules; `independent`: by someone who never saw the detector;
   * `blind-writer`: by someone who never saw the rules, for developing them (its first-sight figures are in its description).
   */
  author: z.enum(['rules-author', 'independent', 'blind-writer']),
  written: z.iso.date(),
  /** Whether the shipped model is trained on it; sets kept for measuring once are not. */
  trains_shipped_model: z.boolean(),
  description: z.string(),
});
export type SetEntry = z.infer<typeof SetEntry>;

export interface LabelledSet extends SetEntry {
  turns: LabelledTurn[];
}

const Manifest = z.object({ sets: z.array(SetEntry) });

/** Reads the set manifest and every set file of a corpus directory, validating each line. */
export function loadCorpus(directory: string): LabelledSet[] {
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(directory, 'sets.json'), 'utf8')));
  return manifest.sets.map((entry) => ({
    ...entry,
    turns: readLabelledTurns(join(directory, entry.file)),
  }));
}

const URGENCY = ['immediate_danger', 'suicidal_intent', 'self_harm', 'abuse'] as const;

/** A set's turns as classifier examples: one class per turn, the most urgent of its kinds. */
export function trainingExamples(sets: readonly LabelledSet[]): TrainingExample[] {
  return sets.flatMap((set) =>
    set.turns.map((turn) => ({ text: turn.text, label: URGENCY.find((kind) => turn.kinds.includes(kind)) ?? 'none' })),
  );
}

/** What the shipped model is trained on: every set the manifest marks so, in manifest order. */
export function shippedTrainingSets(corpus: readonly LabelledSet[]): LabelledSet[] {
  return corpus.filter((set) => set.trains_shipped_model);
}
