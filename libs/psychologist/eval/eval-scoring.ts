import type { Lang } from './eval-sets.js';

/** How the intake did on one item: understood correctly, asked back (acceptable), or wrongly resolved (never). */
export type Verdict = 'correct' | 'asked' | 'wrong';

export class Tally {
  private readonly counts = new Map<Lang, Record<Verdict, number>>();
  readonly wrong: string[] = [];

  add(lang: Lang, verdict: Verdict, id: string): void {
    const row = this.counts.get(lang) ?? { correct: 0, asked: 0, wrong: 0 };
    row[verdict] += 1;
    this.counts.set(lang, row);
    if (verdict === 'wrong') this.wrong.push(id);
  }

  /** One line per language and a total: n, then the three shares in percent. */
  table(title: string): string {
    const langs: Lang[] = ['en', 'hinglish', 'hi'];
    const total = { correct: 0, asked: 0, wrong: 0 };
    const lines = [`${title}`, '  lang       n   correct   asked   wrong'];
    const line = (name: string, row: Record<Verdict, number>) => {
      const n = row.correct + row.asked + row.wrong;
      const pct = (k: Verdict) => (n ? `${((100 * row[k]) / n).toFixed(1)}%` : '-').padStart(8);
      return `  ${name.padEnd(8)} ${String(n).padStart(3)} ${pct('correct')} ${pct('asked')} ${pct('wrong')}`;
    };
    for (const lang of langs) {
      const row = this.counts.get(lang);
      if (!row) continue;
      for (const k of ['correct', 'asked', 'wrong'] as const) total[k] += row[k];
      lines.push(line(lang, row));
    }
    lines.push(line('all', total));
    return lines.join('\n');
  }
}

/** What a reader made of a single answer. */
export type Reading =
  | { outcome: 'value'; value: string; approximate?: boolean }
  | { outcome: 'unknown' }
  | { outcome: 'ask' };

export type Expected =
  | { outcome: 'value'; value: string; approximate?: boolean }
  | { outcome: 'unknown' }
  | { outcome: 'ask' };

/**
 * Asking back is always acceptable; anything else must match exactly. A time read with the right clock but the
 * wrong approximate flag is wrong: the flag widens or narrows what the chart may claim.
 */
export function judgeReading(expected: Expected, got: Reading): Verdict {
  if (got.outcome === 'ask') return expected.outcome === 'ask' ? 'correct' : 'asked';
  if (got.outcome !== expected.outcome) return 'wrong';
  if (got.outcome === 'unknown') return 'correct';
  const want = expected as Extract<Expected, { outcome: 'value' }>;
  if (got.value !== want.value) return 'wrong';
  if (want.approximate !== undefined && (got.approximate ?? false) !== want.approximate) return 'wrong';
  return 'correct';
}
