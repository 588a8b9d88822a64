import { type AnswerLanguage, detectLanguage } from './language.js';
import { LEXICON, soundKey } from './lexicon.js';
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
  /** Spoken with a leading zero ("oh five"): a minute or the last two digits of a year. */
  zeroLed?: boolean;
  /** Followed by a word that may be a digit misheard ("ninety to ..."): the number may go on. */
  open?: boolean;
  /** A clock or a part of the day the speaker denied ("ढाई नहीं", "not 2:30"): no part of the time. */
  denied?: boolean;
  /** A phrase of talk that opens with a number word ("ek second", "one thing"): neither a number nor a name. */
  talk?: boolean;
}

const ORDINAL_SUFFIX = /^(st|nd|rd|th)$/;
/** Words that close a spoken clock ("four fifteen pm", "p m" as speech-to-text splits it). */
const CLOCK_ENDS = new Set(['am', 'pm', 'a', 'p']);

/** A romanised Hindi number word ("unis", "athaasi"), by any of its spellings. */
function hinglishValue(word: string): number | undefined {
  return LEXICON.numbersHinglish.get(word) ?? (word.length >= 5 ? LEXICON.numbersHinglishSingled.get(soundKey(word)) : undefined);
}

/** "sau", "hundred"; also "so" after a romanised Hindi number that is no English word ("unis so", not "do so"). */
function hundredAfter(word: string, scale: string): boolean {
  return LEXICON.hundred.has(scale) || (LEXICON.hundredAfterHinglish.has(scale) && hinglishValue(word) !== undefined && !LEXICON.alsoEnglish.has(word));
}

function wordValue(word: string, lang: AnswerLanguage): { value: number; ordinal: boolean } | undefined {
  const en = LEXICON.numbersEn.get(word);
  if (en !== undefined) return { value: en, ordinal: false };
  const ordinal = LEXICON.ordinals.get(word);
  if (ordinal !== undefined) return { value: ordinal, ordinal: true };
  const hi = LEXICON.numbersHi.get(word);
  if (hi !== undefined) return { value: hi, ordinal: false };
  if (lang === 'en' && LEXICON.alsoEnglish.has(word)) return undefined;
  const hinglish = hinglishValue(word);
  return hinglish === undefined ? undefined : { value: hinglish, ordinal: false };
}

/**
 * The number a word is at `i`. In an answer read as English, a Hindi number that is also an English word ("bees", "teen")
 * is that number only where a number or a month follows it: "bees 5 june" must not quietly become the 5th of June.
 */
function wordValueAt(raw: readonly string[], i: number, lang: AnswerLanguage): { value: number; ordinal: boolean } | undefined {
  const word = raw[i];
  const value = wordValue(word, lang);
  if (value || lang !== 'en' || !LEXICON.alsoEnglish.has(word)) return value;
  const next = raw[i + 1];
  return next !== undefined && (/^\d+$/.test(next) || LEXICON.months.has(next)) ? wordValue(word, 'hinglish') : undefined;
}

/** Where a spoken number can end: the end of the answer, a comma, a postposition ("... ko", "... में") or a month. */
function endsNumber(word: string | undefined): boolean {
  return word === undefined || word === ',' || LEXICON.numberEnds.has(word) || LEXICON.months.has(word);
}

/** A digit 1-9 spoken at `i`, also as a misheard word closing the number ("oh ate"). */
function digitAt(raw: readonly string[], i: number, lang: AnswerLanguage): number | undefined {
  const word = raw[i];
  if (word === undefined) return undefined;
  if (/^[1-9]$/.test(word)) return Number(word);
  const spoken = wordValue(word, lang);
  if (spoken && !spoken.ordinal && spoken.value >= 1 && spoken.value <= 9) return spoken.value;
  const misheard = LEXICON.homophones.get(word);
  return misheard !== undefined && endsNumber(raw[i + 1]) ? misheard : undefined;
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
    const talk = LEXICON.notNumbers.at(raw, i)?.length;
    if (talk) {
      out.push({ text: raw.slice(i, i + talk).join(' '), words: talk, talk: true });
      i += talk - 1;
      continue;
    }
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
    const zeroLed = LEXICON.zeroWords.has(word) && out[out.length - 1]?.spelled ? digitAt(raw, i + 1, lang) : undefined;
    if (zeroLed !== undefined) {
      out.push({ text: `${word} ${raw[i + 1]}`, value: zeroLed, spelled: true, zeroLed: true, words: 2 });
      i += 1;
      continue;
    }
    const ish = /^(\p{L}+)ish$/u.exec(word);
    if (ish && wordValue(ish[1], lang) && !wordValue(ish[1], lang)?.ordinal) {
      out.push({ text: ish[1], value: wordValue(ish[1], lang)?.value, spelled: true, words: 1 }, { text: 'ish', words: 1 });
      continue;
    }
    // "for fifteen p m": a word speech-to-text wrote for an hour, before its minutes and the half of the day (not
    // the "to" of "5 to 7 pm").
    const misheardHour = LEXICON.homophones.get(word);
    const minutesWords = LEXICON.numbersEn.has(raw[i + 1] ?? '') && LEXICON.numbersEn.has(raw[i + 2] ?? '') ? 2 : 1;
    const minutes = /^\d{1,2}$/.test(raw[i + 1] ?? '') || LEXICON.numbersEn.has(raw[i + 1] ?? '');
    const afterNumber = /^\d/.test(raw[i - 1] ?? '') || LEXICON.numbersEn.has(raw[i - 1] ?? '');
    if (misheardHour !== undefined && !afterNumber && minutes && CLOCK_ENDS.has(raw[i + 1 + minutesWords] ?? '')) {
      out.push({ text: word, value: misheardHour, spelled: true, words: 1 });
      continue;
    }
    const first = wordValueAt(raw, i, lang);
    if (!first || (word === 'one' && LEXICON.pronounOneAfter.has(raw[i - 1] ?? ''))) {
      out.push({ text: word, words: 1 });
      continue;
    }
    let value = first.value;
    let ordinal = first.ordinal;
    let used = 1;
    const next = (k: number) => raw[i + k];
    const tens = value >= 20 && value % 10 === 0 && value < 100 && !ordinal;
    if (tens && /^\d+$/.test(next(1) ?? '')) {
      // "twenty 5th", "thirty-1st": speech-to-text wrote the unit as a digit; one number, never the tens dropped.
      // A tens word before a number of two digits ("twenty 15th") has no one reading, so it is no number at all; nor
      // has a Hindi tens word before a digit ("bees 5"), because Hindi never builds 25 from 20 and 5.
      const suffixed = ORDINAL_SUFFIX.test(next(2) ?? '');
      const length = suffixed ? 3 : 2;
      const text = raw.slice(i, i + length).join(' ');
      const digits = Number(next(1));
      out.push(/^[1-9]$/.test(next(1) ?? '') && LEXICON.numbersEn.has(word) ? { text, value: value + digits, spelled: true, ...(suffixed ? { ordinal: true } : {}), words: length } : { text, words: length });
      i += length - 1;
      continue;
    }
    if (tens && LEXICON.numbersEn.has(word)) {
      const unit = next(1) === undefined ? undefined : wordValue(next(1), 'en');
      const misheard = LEXICON.homophones.get(next(1) ?? '');
      if (unit && unit.value > 0 && unit.value < 10) {
        value += unit.value;
        ordinal = unit.ordinal;
        used = 2;
      } else if (misheard !== undefined && endsNumber(next(2))) {
        // "ninety to" closing the number can only be ninety-two.
        value += misheard;
        used = 2;
      }
    }
    const open = LEXICON.homophones.has(next(used) ?? '') || (LEXICON.zeroWords.has(next(used) ?? '') && !ordinal && digitAt(raw, i + used + 1, lang) === undefined);
    const scale = next(used);
    const hundred = scale !== undefined && hundredAfter(word, scale);
    if (!ordinal && scale !== undefined && (hundred || LEXICON.thousand.has(scale))) {
      value *= hundred ? 100 : 1000;
      used += 1;
      if (next(used) === 'and') used += 1;
      // "two thousand oh eight".
      const zero = LEXICON.zeroWords.has(next(used) ?? '') ? digitAt(raw, i + used + 1, lang) : undefined;
      const rest = next(used) === undefined || zero !== undefined ? undefined : tokenize(raw.slice(i + used).join(' '), lang)[0];
      if (zero !== undefined) {
        value += zero;
        used += 2;
      } else if (rest?.value !== undefined && rest.spelled && rest.value < (hundred ? 100 : 1000)) {
        value += rest.value;
        ordinal = rest.ordinal ?? false;
        used += rest.words;
      } else if (next(used - 1) === 'and') used -= 1;
    }
    out.push({ text: raw.slice(i, i + used).join(' '), value, spelled: true, ...(ordinal ? { ordinal } : {}), ...(open ? { open } : {}), words: used });
    i += used - 1;
  }
  return out;
}

/** A word that says a time by itself: a clock ("2:30"), "dhai", "डेढ़", or a part of the day ("raat", "शाम"). */
function saysTime(t: Token): boolean {
  const one = [t.text];
  return /^\d{1,2}[:.]\d{2}$/.test(t.text) || [LEXICON.oneThirty, LEXICON.twoThirty, LEXICON.dayParts].some((set) => set.at(one, 0)?.length === 1);
}

/**
 * The tokens with every number, clock or part of the day the speaker denied taken out of play ("25 march, 24
 * nahi", "not 7, 8", "ढाई नहीं, साढ़े तीन", "raat nahi, dopahar"): a denied number stays a word, so it can be neither
 * a date nor a time, and a denied clock or part of the day is marked `denied` for the time reader to pass over.
 */
export function withoutDenied(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.value === undefined && !saysTime(t)) return t;
    const denied = LEXICON.denialsAfter.has(tokens[i + 1]?.text ?? '') || LEXICON.denialsBefore.has(tokens[i - 1]?.text ?? '') || setAside(tokens, i);
    if (!denied) return t;
    return t.value === undefined ? { ...t, denied: true } : { text: t.text, words: t.words };
  });
}

/** How far after "toh" the owner of a number set aside may come ("58 toh mere bade bhaiya ka hai"). */
const SET_ASIDE_REACH = 4;

/** A number followed by "toh" and, soon after, whose it is ("15 तो मेरे भाई का बर्थडे है"): someone else's, not the answer. */
function setAside(tokens: readonly Token[], i: number): boolean {
  if (!LEXICON.setAsideParticles.has(tokens[i + 1]?.text ?? '')) return false;
  return tokens.slice(i + 2, i + 2 + SET_ASIDE_REACH).some((t) => LEXICON.setAsideOwners.has(t.text));
}

/** The token texts, for phrase matching. */
export function texts(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.text);
}

/**
 * Where the speaker corrects themself, in reading order: a correction cue ("actually", "no wait", "galti se") or a
 * "no" opening a clause that goes on to a number ("15 मई, नहीं 14 मई", "saat baje, nahi aath"): what follows replaces
 * what came before.
 */
export function correctionStarts(tokens: readonly Token[]): number[] {
  const words = texts(tokens);
  const starts = LEXICON.correctionCues.all(words).map((c) => c.start);
  words.forEach((w, i) => {
    const opensClause = i > 0 && words[i - 1] === ',';
    if (opensClause && w !== 'not' && LEXICON.negations.has(w) && tokens.slice(i + 1).some((t) => t.value !== undefined)) starts.push(i);
  });
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** How far after a brother, sister or twin their being born may be said ("my twin sister was born"). */
const OTHERS_BIRTH_REACH = 3;

/** "my twin sister was born 31st december, i came fifteen minutes after": the date said is another person's. */
export function othersBirth(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => LEXICON.otherPeople.has(t.text) && tokens.slice(i + 1, i + 1 + OTHERS_BIRTH_REACH).some((n) => LEXICON.birthWords.has(n.text)));
}
