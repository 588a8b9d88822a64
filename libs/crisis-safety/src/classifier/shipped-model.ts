import model from './crisis-model.json' with { type: 'json' };
import { CrisisClassifier } from './crisis-classifier.js';

let shipped: CrisisClassifier | undefined;

/**
 * The classifier trained on every labelled set (`nx run crisis-safety:train-crisis-model` writes the asset). Decoded
 * once per process on first use; a worker calls this in its prewarm so no person waits for it.
 */
export function shippedModel(): CrisisClassifier {
  return (shipped ??= CrisisClassifier.fromModel(model));
}
