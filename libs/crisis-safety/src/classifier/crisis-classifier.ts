import { CrisisKind } from '@amigo/contracts';
import { type CrisisClass, CrisisModel } from './crisis-model-format.js';
import { utteranceFeatures } from './utterance-features.js';

/** What the classifier makes of one utterance. */
export interface CrisisPrediction {
  /** Probability that the utterance is a crisis of any kind (1 - p(none)). */
  crisis: number;
  /** The most likely crisis kind, whatever `crisis` is. */
  kind: CrisisKind;
  /** How many words the model read (after screening): a short turn's probability rests on little. */
  words: number;
}

/**
 * A statistical second opinion next to the rules: a small multilingual classifier trained on labelled utterances
 * in English, Hinglish and Devanagari. It generalises to wordings no rule was written for, at the price of being
 * a probability, not a reason. Pure, synchronous, about 20 µs per utterance.
 */
export class CrisisClassifier {
  private readonly classes: readonly CrisisClass[];
  private readonly bits: number;
  private readonly minFeatures: number;
  private readonly bias: Float64Array;
  private readonly scale: Float64Array;
  private readonly weights: Int8Array;

  private constructor(model: CrisisModel) {
    this.classes = model.classes;
    this.bits = model.bits;
    this.minFeatures = model.min_features;
    this.bias = Float64Array.from(model.bias);
    this.scale = Float64Array.from(model.scale);
    const bytes = Buffer.from(model.weights, 'base64');
    this.weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (this.weights.length !== (1 << this.bits) * this.classes.length) {
      throw new RangeError(`crisis model: expected ${(1 << this.bits) * this.classes.length} weights, got ${this.weights.length}`);
    }
  }

  /** Validates a model (throws a ZodError or RangeError when it is not one) and makes a classifier of it. */
  static fromModel(model: unknown): CrisisClassifier {
    return new CrisisClassifier(CrisisModel.parse(model));
  }

  predict(utterance: string): CrisisPrediction {
    const { features, words } = utteranceFeatures(utterance, this.bits);
    const k = this.classes.length;
    const norm = features.length > 0 ? 1 / Math.sqrt(Math.max(features.length, this.minFeatures)) : 0;
    const logits = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      let sum = 0;
      for (const feature of features) sum += this.weights[feature * k + c] as number;
      logits[c] = (this.bias[c] as number) + (this.scale[c] as number) * sum * norm;
    }
    const max = Math.max(...logits);
    let total = 0;
    for (let c = 0; c < k; c++) total += logits[c] = Math.exp((logits[c] as number) - max);
    let best = 1;
    for (let c = 2; c < k; c++) if ((logits[c] as number) > (logits[best] as number)) best = c;
    return {
      crisis: 1 - (logits[0] as number) / total,
      kind: CrisisKind.parse(this.classes[best]),
      words,
    };
  }
}
