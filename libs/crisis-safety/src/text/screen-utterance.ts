import type { MaskRule } from '../rules/crisis-rule.js';
import { HYPERBOLE_MASKS } from '../rules/hyperbole-masks.js';
import { normalizeUtterance } from './normalize.js';

/**
 * The form both halves of the detector read: normalised (see {@link normalizeUtterance}), with known figures of
 * speech and denials ("this job is killing me", "I would never hurt myself") blanked to `#`.
 */
export function screenUtterance(utterance: string, masks: readonly MaskRule[] = HYPERBOLE_MASKS): string {
  let text = normalizeUtterance(utterance);
  for (const mask of masks) {
    mask.pattern.lastIndex = 0;
    text = text.replace(mask.pattern, ' # ');
  }
  return text;
}
