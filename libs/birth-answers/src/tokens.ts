import { type AnswerLanguage, detectLanguage } from './language.js';
import { LEXICON, singleLetters } from './lexicon.js';
import { words } from './normalize.js';

/** A word of an answer; `value` when it is (or several words together make) a number. */
export interface Token {
  text: string;
  value?: number;
  /** Spelled out ("nineteen", "उन्नीस") rather than written in digits. */
  spelled?: boolean;
  /** "21st", "sixteenth". */
  ordinal?: boolean;
  /** How many words of the answer it stands for. */
  words: number;
}

const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;

function wordValue(word: string, lang: AnswerLanguage): { value: number; ordinal: boolean } | undefined {
  const en = LEXICON.numbersEn.get(word);
  if (en !== undefined) return { value: en, ordinal: false };
  const ordinal = LEXICON.ordinals.get(word);
  if (ordinal !== undefined) return { value: ordinal, ordinal: true };
  const hi = LEXICON.numbersHi.get(word);
  if (hi !== undefined) return { value: hi, ordinal: false };
  if (lang === 'en' && LEXICON.alsoEnglish.has(word)) return undefined;
  const hinglish = LEXICON.numbersHinglish.get(word) ?? (word.length >= 5 ? LEXICON.numbersHinglishSingled.get(singleLetters(word)) : undefined);
  return hinglish === undefined ? undefined : { value: hinglish, ordinal: false };
}

/**
 * The answer as tokens, spelled-out numbers joined into one ("twenty one" -> 21, "two thousand three" -> 2003,
 * "unnees sau athasi" -> 1988, "21st" -> 21 marked ordinal). Pairs that make a year ("nineteen ninety") stay two
 * tokens: whether they are a year depends on the question.
 */
export function tokenize(text: string, lang: AnswerLanguage = detectLanguage(text)): Token[] {
  const raw = words(text);
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i];
    if (/^\d+$/.test(word)) {
      const ordinal = ORDINAL_SUFFIX.test(raw[i + 1] ?? '');
      out.push({ text: word, value: Number(word), ...(ordinal ? { ordinal } : {}), words: ordinal ? 2 : 1 });
      if (ordinal) i += 1;
      continue;
    }
    if (/^\d/.test(word)) {
      out.push({ text: word, words: 1 });
      continue;
    }
    if ((word === 'a' || word === 'p') && raw[i + 1] === 'm' && /^\d/.test(raw[i - 1] ?? '')) {
      out.push({ text: `${word}m`, words: 2 });
      i += 1;
      continue;
    }
    const first = wordValue(word, lang);
    if (!first) {
      out.push({ text: word, words: 1 });
      continue;
    }
    let value = first.value;
    let ordinal = first.ordinal;
    let used = 1;
    const next = (k: number) => raw[i + k];
    if (value >= 20 && value % 10 === 0 && value < 100 && !ordinal && LEXICON.numbersEn.has(word)) {
      const unit = next(1) === undefined ? undefined : wordValue(next(1), 'en');
      if (unit && unit.value > 0 && unit.value < 10) {
        value += unit.value;
        ordinal = unit.ordinal;
        used = 2;
      }
    }
    const scale = next(used);
    if (!ordinal && scale !== undefined && (LEXICON.hundred.has(scale) || LEXICON.thousand.has(scale))) {
      value *= LEXICON.hundred.has(scale) ? 100 : 1000;
      used += 1;
      if (next(used) === 'and') used += 1;
      const rest = next(used) === undefined ? undefined : tokenize(raw.slice(i + used).join(' '), lang)[0];
      if (rest?.value !== undefined && rest.spelled && rest.value < (LEXICON.hundred.has(scale) ? 100 : 1000)) {
        value += rest.value;
        ordinal = rest.ordinal ?? false;
        used += rest.words;
      } else if (next(used - 1) === 'and') used -= 1;
    }
    out.push({ text: raw.slice(i, i + used).join(' '), value, spelled: true, ...(ordinal ? { ordinal } : {}), words: used });
    i += used - 1;
  }
  return out;
}

/**
 * The tokens with every number the speaker denied taken out of play ("25 march, 24 nahi", "not 7, 8"): a denied
 * number stays a word, so it can be neither a date nor a time.
 */
export function withoutDenied(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.value === undefined) return t;
    const denied = LEXICON.denialsAfter.has(tokens[i + 1]?.text ?? '') || LEXICON.denialsBefore.has(tokens[i - 1]?.text ?? '');
    return denied ? { text: t.text, words: t.words } : t;
  });
}

/** The token texts, for phrase matching. */
export function texts(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.text);
}
