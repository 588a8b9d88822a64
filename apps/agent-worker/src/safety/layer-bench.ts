import {
  compareLayers,
  type CrisisDetector,
  formatLayerComparison,
  type LabelledTurn,
  type LayerComparison,
  type SecondOpinion,
} from '@amigo/crisis-safety';

export interface LayerBenchOptions {
  sets: ReadonlyArray<{ name: string; turns: readonly LabelledTurn[] }>;
  detector: CrisisDetector;
  /** Absent: the screen alone is measured, and `absent` says why the second opinion was not. */
  opinion?: SecondOpinion;
  absent?: string;
  write: (line: string) => void;
}

/**
 * Per set, what the crisis screen catches alone, what the second opinion catches alone, and both together, then
 * the same over every set. When the second opinion answered nothing it says so, with the failures' codes: an
 * endpoint that cannot be reached is not measured, never reported as catching nothing.
 */
export async function runLayerBench(options: LayerBenchOptions): Promise<void> {
  const { opinion, write } = options;
  const failures = new Map<string, number>();
  const onFailure = (error: unknown) => {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : error instanceof Error ? error.name : typeof error;
    failures.set(code, (failures.get(code) ?? 0) + 1);
  };
  write(
    opinion
      ? `Crisis screen and ${opinion.name} (second opinion), per set: recall on crisis turns, false alarms on everyday ones`
      : `Crisis screen alone, per set; second opinion not measured: ${options.absent ?? 'none given'}`,
  );
  const total: LayerComparison = {
    explicit: { n: 0, screen: 0, opinion: 0, together: 0, unanswered: 0 },
    implicit: { n: 0, screen: 0, opinion: 0, together: 0, unanswered: 0 },
    none: { n: 0, screen: 0, opinion: 0, together: 0, unanswered: 0 },
  };
  for (const set of options.sets) {
    const comparison = await compareLayers(set.turns, { detector: options.detector, opinion, onFailure });
    for (const signal of ['explicit', 'implicit', 'none'] as const) {
      for (const key of ['n', 'screen', 'opinion', 'together', 'unanswered'] as const) total[signal][key] += comparison[signal][key];
    }
    formatLayerComparison(`set ${set.name}`, comparison, opinion?.name).forEach((line) => write(line));
  }
  formatLayerComparison('all sets', total, opinion?.name).forEach((line) => write(line));
  if (failures.size > 0) {
    const asked = total.explicit.n + total.implicit.n + total.none.n;
    const failed = [...failures.values()].reduce((a, b) => a + b, 0);
    const codes = [...failures].map(([code, n]) => `${code} ${n}`).join(', ');
    write(
      failed === asked
        ? `${opinion?.name} not measured: every one of ${asked} requests failed (${codes})`
        : `${opinion?.name}: ${failed} of ${asked} requests failed (${codes}); those turns count as the screen alone`,
    );
  }
}
