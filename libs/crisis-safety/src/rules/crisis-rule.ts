import type { CrisisKind, CrisisSignal } from '@amigo/contracts';

/**
 * One pattern of the crisis detector, written against {@link normalizeUtterance}'s output. `id` is what gets
 * logged, never the matched words.
 */
export interface CrisisRule {
  id: string;
  kinds: readonly CrisisKind[];
  signal: CrisisSignal;
  pattern: RegExp;
  /**
   * An act or preparation described in its own words (poison taken, a ligature tied, means hidden, standing at the
   * edge): it counts whatever the classifier thinks, which knows feelings better than means.
   */
  decisive?: boolean;
}

/** A figure of speech that looks like a crisis phrase; its span is blanked out before the crisis rules run. */
export interface MaskRule {
  id: string;
  pattern: RegExp;
}
