import { z } from 'zod';
import { CrisisKind } from '@amigo/contracts';

/** The classes a crisis model tells apart: no crisis, or one of the crisis kinds. */
export const CRISIS_CLASSES = ['none', ...CrisisKind.options] as const;
export const CrisisClass = z.enum(CRISIS_CLASSES);
export type CrisisClass = z.infer<typeof CrisisClass>;

/**
 * A trained crisis classifier as it is shipped: a multinomial logistic regression over hashed utterance features
 * (see utterance-features.ts). Weights are int8, bucket-major (`weights[feature * classes + class]`), one
 * dequantisation scale per class, base64-encoded.
 */
export const CrisisModel = z
  .object({
    format: z.literal('amigo-crisis-model/1'),
    bits: z.number().int().min(8).max(22),
    /**
     * Feature sums are divided by sqrt(max(features, min_features)): short turns ("hi again") then lean on the
     * bias instead of on the one or two words they have.
     */
    min_features: z.number().int().min(1),
    classes: z.array(CrisisClass).min(2),
    bias: z.array(z.number()),
    scale: z.array(z.number().nonnegative()),
    weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
    /** Where the model came from: the labelled sets and how many utterances of each class. */
    trained_on: z.object({ sets: z.array(z.string()), counts: z.record(z.string(), z.number().int()) }),
  })
  .refine((m) => m.bias.length === m.classes.length && m.scale.length === m.classes.length, {
    message: 'one bias and one scale per class',
  })
  .refine((m) => m.classes[0] === 'none', { message: 'the first class is "none"' });
export type CrisisModel = z.infer<typeof CrisisModel>;
