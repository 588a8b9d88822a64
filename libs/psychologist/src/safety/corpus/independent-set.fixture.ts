import type { TrainingExample } from '../classifier/crisis-model.trainer.js';
import type { Labelled } from '../crisis-utterances.fixture.js';

/**
 * A labelled set written by someone who never saw the rules, the classifier or the other sets: the honest way to
 * measure a detector on wording nobody anticipated. Each author was given the same brief (the four kinds, explicit
 * versus implicit, everyday look-alikes) and a different population to write for.
 */
export interface IndependentSet {
  name: string;
  crisis: readonly Labelled[];
  everyday: readonly string[];
}

/** A set's utterances as classifier training examples. */
export function trainingExamples(crisis: readonly Labelled[], everyday: readonly string[]): TrainingExample[] {
  return [
    ...crisis.map(([text, label]) => ({ text, label })),
    ...everyday.map((text) => ({ text, label: 'none' as const })),
  ];
}
