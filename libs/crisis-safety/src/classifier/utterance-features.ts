import { screenUtterance } from '../text/screen-utterance.js';
import { conceptsOf } from './concept-features.js';

/** Character n-grams from 3 to 5 characters: they carry meaning across spellings ("marna", "marnaa", "mrna"). */
const MIN_CHARS = 3;
const MAX_CHARS = 5;

/** 32-bit FNV-1a: fast, stable across platforms and releases, so a trained model keeps meaning the same thing. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The hashed features of an utterance (and how many words it has): the words, word pairs, concepts (see
 * concept-features.ts) and character 3- to 5-grams of its screened form (normalised, figures of speech blanked), each
 * folded into `2^bits` buckets, without repeats. Hashing keeps the
 * model a fixed size with no vocabulary to ship, and Devanagari, romanised Hindi and English go the same path.
 */
export function utteranceFeatures(text: string, bits: number): { features: number[]; words: number } {
  const mask = (1 << bits) - 1;
  const words = screenUtterance(text).split(' ').filter((word) => word.length > 0);
  if (words.length === 0) return { features: [], words: 0 };
  const features = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    features.add(fnv1a(`w:${words[i]}`) & mask);
    if (i + 1 < words.length) features.add(fnv1a(`b:${words[i]} ${words[i + 1]}`) & mask);
  }
  for (const concept of conceptsOf(words.join(' '))) features.add(fnv1a(`k:${concept}`) & mask);
  const padded = ` ${words.join(' ')} `;
  for (let n = MIN_CHARS; n <= MAX_CHARS; n++) {
    for (let i = 0; i + n <= padded.length; i++) features.add(fnv1a(`c:${padded.slice(i, i + n)}`) & mask);
  }
  return { features: [...features], words: words.length };
}
