import { CRISIS_CLASSES, type CrisisClass, CrisisModel } from '../src/classifier/crisis-model-format.js';
import { utteranceFeatures } from '../src/classifier/utterance-features.js';

/** One labelled utterance: its class is a crisis kind, or `none` for everyday speech. */
export interface TrainingExample {
  text: string;
  label: CrisisClass;
}

export interface TrainingOptions {
  /** log2 of the number of feature buckets. */
  bits?: number;
  /** See `min_features` in the model format. */
  minFeatures?: number;
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /** Seeds the shuffling: the same data and options give the same model. */
  seed?: number;
  /** Names of the labelled sets, recorded in the model. */
  sets?: string[];
}

/**
 * Trains the crisis classifier: multinomial logistic regression by stochastic gradient descent over hashed
 * features, classes weighted by their inverse frequency, then int8-quantised per class. A few dozen lines, not a
 * library: nothing on npm trains sparse hashed models, and the runtime side only needs a dot product.
 */
export function trainCrisisModel(examples: readonly TrainingExample[], options: TrainingOptions = {}): CrisisModel {
  const bits = options.bits ?? 16;
  const minFeatures = options.minFeatures ?? 40;
  const epochs = options.epochs ?? 30;
  const learningRate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-5;
  const k = CRISIS_CLASSES.length;
  const weights = new Float32Array((1 << bits) * k);
  const bias = new Float64Array(k);
  const rows = examples.map((e) => ({ features: utteranceFeatures(e.text, bits).features, label: CRISIS_CLASSES.indexOf(e.label) }));
  const counts = CRISIS_CLASSES.map((_, c) => rows.filter((r) => r.label === c).length);
  const classWeight = counts.map((n) => (n > 0 ? rows.length / (k * n) : 0));
  let seed = options.seed ?? 1;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = rows.map((_, i) => i);
  const p = new Float64Array(k);

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = learningRate / (1 + epoch * 0.2);
    for (const index of order) {
      const { features, label } = rows[index] as (typeof rows)[number];
      if (features.length === 0) continue;
      const norm = 1 / Math.sqrt(Math.max(features.length, minFeatures));
      for (let c = 0; c < k; c++) {
        let sum = bias[c] as number;
        for (const f of features) sum += (weights[f * k + c] as number) * norm;
        p[c] = sum;
      }
      const max = Math.max(...p);
      let total = 0;
      for (let c = 0; c < k; c++) total += p[c] = Math.exp((p[c] as number) - max);
      for (let c = 0; c < k; c++) {
        const gradient = ((p[c] as number) / total - (c === label ? 1 : 0)) * (classWeight[label] as number);
        bias[c] = (bias[c] as number) - rate * gradient;
        for (const f of features) {
          const w = f * k + c;
          weights[w] = (weights[w] as number) - rate * (gradient * norm + l2 * (weights[w] as number));
        }
      }
    }
  }

  const scale = CRISIS_CLASSES.map((_, c) => {
    let max = 0;
    for (let w = c; w < weights.length; w += k) max = Math.max(max, Math.abs(weights[w] as number));
    return max / 127;
  });
  const quantised = new Int8Array(weights.length);
  for (let w = 0; w < weights.length; w++) {
    const s = scale[w % k] as number;
    quantised[w] = s > 0 ? Math.round((weights[w] as number) / s) : 0;
  }
  return CrisisModel.parse({
    format: 'amigo-crisis-model/1',
    bits,
    min_features: minFeatures,
    classes: [...CRISIS_CLASSES],
    bias: [...bias],
    scale,
    weights: Buffer.from(quantised.buffer).toString('base64'),
    trained_on: { sets: options.sets ?? [], counts: Object.fromEntries(CRISIS_CLASSES.map((c, i) => [c, counts[i] as number])) },
  });
}
