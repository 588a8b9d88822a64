import { words } from './normalize.js';

/** A list of phrases (one or more words) matched against a token sequence, longest first. */
export class PhraseSet<V = true> {
  private readonly entries: Array<{ words: string[]; value: V }>;

  constructor(phrases: Iterable<readonly [string, V]>) {
    this.entries = [...phrases]
      .map(([phrase, value]) => ({ words: words(phrase).filter((w) => w !== ','), value }))
      .filter((e) => e.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length);
  }

  static of(list: readonly string[]): PhraseSet<true> {
    return new PhraseSet(list.map((p) => [p, true] as const));
  }

  /** The longest phrase starting at token `i`: its length and value. */
  at(tokens: readonly string[], i: number): { length: number; value: V } | undefined {
    for (const e of this.entries) {
      if (e.words.every((w, k) => tokens[i + k] === w)) return { length: e.words.length, value: e.value };
    }
    return undefined;
  }

  /** Every non-overlapping occurrence, left to right. */
  all(tokens: readonly string[]): Array<{ start: number; length: number; value: V }> {
    const found: Array<{ start: number; length: number; value: V }> = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = this.at(tokens, i);
      if (hit) {
        found.push({ start: i, ...hit });
        i += hit.length;
      } else i += 1;
    }
    return found;
  }

  has(tokens: readonly string[]): boolean {
    return this.all(tokens).length > 0;
  }
}
