import type { LabelledTurn } from '../corpus/labelled-set.js';
import type { CrisisDetector } from '../detector/crisis-detector.js';
import type { SecondOpinion } from './second-opinion.js';

const SIGNALS: ReadonlyArray<LabelledTurn['signal']> = ['explicit', 'implicit', 'none'];

/** Turns of one signal (explicit, implicit, everyday), and how many each layer flagged. */
export interface LayerCount {
  /** Turns of the signal. */
  n: number;
  /** Flagged by the crisis screen. */
  screen: number;
  /** Among the turns the second opinion answered. */
  opinion: number;
  /** Flagged by either layer, as a session would be raised. */
  together: number;
  /** Turns the second opinion gave no answer for (a failure or time-out): counted under the screen alone. */
  unanswered: number;
}

/** Per signal: `explicit` and `implicit` crisis turns (recall), `none` for everyday turns (false alarms). */
export type LayerComparison = Record<LabelledTurn['signal'], LayerCount>;

export interface CompareOptions {
  /** The screen, as a session runs it. */
  detector: CrisisDetector;
  /** Absent: only the screen is measured. */
  opinion?: SecondOpinion;
  /** Questions to the second opinion at a time (default 4). */
  concurrency?: number;
  /** Told of each failure's class and code (never the turn), e.g. to say why a layer was not measured. */
  onFailure?: (error: unknown) => void;
}

/**
 * What the crisis screen flags alone, what a second opinion flags alone, and the two together, on a labelled set:
 * recall on explicit and implicit crisis turns, false alarms on everyday ones (`none`).
 */
export async function compareLayers(turns: readonly LabelledTurn[], options: CompareOptions): Promise<LayerComparison> {
  const result = Object.fromEntries(SIGNALS.map((s) => [s, { n: 0, screen: 0, opinion: 0, together: 0, unanswered: 0 }])) as LayerComparison;
  let next = 0;
  const worker = async () => {
    while (next < turns.length) {
      const turn = turns[next++] as LabelledTurn;
      const count = result[turn.signal];
      const screen = options.detector.assess(turn.text).isCrisis;
      let opinion = false;
      if (options.opinion) {
        try {
          opinion = (await options.opinion.assess(turn.text)).flagged;
        } catch (error) {
          count.unanswered++;
          options.onFailure?.(error);
        }
      }
      count.n++;
      if (screen) count.screen++;
      if (opinion) count.opinion++;
      if (screen || opinion) count.together++;
    }
  };
  await Promise.all(Array.from({ length: options.opinion ? (options.concurrency ?? 4) : 1 }, worker));
  return result;
}

const share = (hit: number, n: number) => (n === 0 ? '-' : `${hit}/${n} (${((100 * hit) / n).toFixed(1)}%)`);

/**
 * One line per signal: the screen alone, the second opinion alone, together. A second opinion that answered no
 * turn is reported as not measured, never as catching nothing.
 */
export function formatLayerComparison(label: string, comparison: LayerComparison, opinionName?: string): string[] {
  const lines = [`  ${label}`];
  for (const signal of SIGNALS) {
    const c = comparison[signal];
    if (c.n === 0) continue;
    const what = signal === 'none' ? 'false alarms' : `${signal} recall`;
    const measured = opinionName !== undefined && c.unanswered < c.n;
    const opinion = measured
      ? `${opinionName} alone ${share(c.opinion, c.n - c.unanswered)}, together ${share(c.together, c.n)}` +
        (c.unanswered > 0 ? ` (${c.unanswered} unanswered, counted as the screen alone)` : '')
      : `${opinionName ?? 'second opinion'} not measured`;
    lines.push(`    ${what.padEnd(16)} screen alone ${share(c.screen, c.n).padEnd(16)} ${opinion}`);
  }
  return lines;
}
