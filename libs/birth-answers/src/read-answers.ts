import { type AnswerLanguage, detectLanguage } from './language.js';
import { LEXICON } from './lexicon.js';
import { type DateReading, matchDate, type ParseDateOptions, unexplainedAfterCorrection, unexplainedDigits } from './parse-date.js';
import { matchTime, type TimeReading } from './parse-time.js';
import { correctionStarts, texts, tokenize, type Token, withoutDenied } from './tokens.js';

/** Which answer the last question asked for. */
export type Expecting = 'date' | 'time' | 'place' | 'confirm';

/** Everything one utterance says about a birth: any of the three answers, a yes or no, and whether it corrects. */
export interface BirthAnswers {
  lang: AnswerLanguage;
  /** Absent when nothing in the utterance is about a date. */
  date?: Exclude<DateReading, { kind: 'none' }>;
  time?: Exclude<TimeReading, { kind: 'none' }>;
  /** Words that can only be the place, ready for a gazetteer ("gurgaon haryana", "delhi, india"). */
  place?: string;
  /** A plain yes or no at the start ("haan ji", "nahi", "जी हाँ"). */
  confirmation?: 'yes' | 'no';
  /** It says it changes an earlier answer ("actually", "no wait", "not Lucknow, Kanpur", "galti se"). */
  correction: boolean;
}

export interface ReadAnswersOptions extends ParseDateOptions {
  expecting?: Expecting;
}

const PLACE_LIMIT_WORDS = 6;

function confirmationOf(words: readonly string[]): 'yes' | 'no' | undefined {
  let i = 0;
  while (i < words.length && (words[i] === ',' || LEXICON.fillers.at(words, i)?.length)) {
    const filler = LEXICON.fillers.at(words, i);
    if (filler && (LEXICON.yes.at(words, i)?.length ?? 0) >= filler.length) break;
    i += filler?.length ?? 1;
  }
  const no = LEXICON.no.at(words, i);
  const yes = LEXICON.yes.at(words, i);
  if (no && (!yes || no.length >= yes.length)) return 'no';
  // "yes but the time is wrong", "haan lekin ...": something is to change, so it is not a yes.
  if (yes && LEXICON.doubts.has(words.slice(i + yes.length))) return 'no';
  // "yes... wait no", "haan... nahi ruko", "हाँ... नहीं नहीं": the yes is taken back before anything else is said.
  if (yes && takenBack(words, i + yes.length)) return 'no';
  return yes ? 'yes' : undefined;
}

/**
 * "7 o'clock, not sure if it was morning or evening", "saat baje, subah ya shaam yaad nahi": the doubt is which half
 * of the day (two parts of the day offered either-or, any word of doubt next to them and not to the clock), which is
 * asked back; the clock is not blurred. "around 7, morning or evening" still is.
 */
function halfInDoubt(words: readonly string[], clock: ReadonlySet<number>): boolean {
  const parts = LEXICON.dayParts.all(words);
  const pair = parts.flatMap((a, k) => {
    const b = parts[k + 1];
    const between = b ? words.slice(a.start + a.length, b.start) : [];
    return b && a.value !== b.value && between.length === 1 && LEXICON.alternatives.has(between[0]) ? [{ start: a.start, end: b.start + b.length }] : [];
  })[0];
  if (!pair) return false;
  const apart = (from: number, to: number, most: number) => to - from <= most && ![...clock].some((i) => i >= from && i < to);
  const aboutPair = (h: { start: number; length: number }) => (h.start + h.length <= pair.start && apart(h.start + h.length, pair.start, 4)) || (h.start >= pair.end && apart(pair.end, h.start, 3));
  return LEXICON.approximate.all(words).every(aboutPair);
}

/** A no or a correction cue right after a yes (punctuation and fillers aside). */
function takenBack(words: readonly string[], from: number): boolean {
  let i = from;
  while (i < words.length && (/^\p{P}+$/u.test(words[i]) || LEXICON.fillers.at(words, i)?.length)) i += LEXICON.fillers.at(words, i)?.length ?? 1;
  return LEXICON.no.at(words, i) !== undefined || LEXICON.correctionCues.at(words, i) !== undefined;
}

/**
 * The words that are left once the date, the time and every word that cannot be part of a place name are taken
 * out, in runs split at clause breaks and at words that are not part of a place. A run negated by "not X" (English)
 * or "X nahi" (Hindi) is dropped: "not Lucknow, Kanpur" and "Lucknow nahi, Kanpur" both leave Kanpur.
 */
function placeRuns(tokens: readonly Token[], taken: ReadonlySet<number>): { text: string; runs: number; marked: boolean; negated: boolean } {
  const words = texts(tokens);
  const kinds: Array<'word' | 'skip' | 'negation' | 'break'> = words.map(() => 'word');
  const strip = [LEXICON.fillers, LEXICON.functionWords, LEXICON.yes, LEXICON.no, LEXICON.correctionCues, LEXICON.dayParts, LEXICON.approximate, LEXICON.unknown, LEXICON.hourMarkers, LEXICON.meridiem, LEXICON.landmarkBefore, LEXICON.landmarkAfter, LEXICON.laterBefore, LEXICON.laterAfter, LEXICON.doubts, LEXICON.weekdays];
  for (const set of strip) for (const hit of set.all(words)) for (let k = 0; k < hit.length; k++) kinds[hit.start + k] = 'skip';
  words.forEach((w, i) => {
    if (taken.has(i) || tokens[i].value !== undefined || tokens[i].talk || /^\d/.test(w) || LEXICON.months.has(w)) kinds[i] = 'skip';
    if (LEXICON.negations.has(w)) kinds[i] = 'negation';
    if (w === ',') kinds[i] = 'break';
  });
  const runs: Array<{ start: number; end: number; dropped: boolean }> = [];
  for (let i = 0; i < words.length; i++) {
    if (kinds[i] !== 'word') continue;
    const start = i;
    while (kinds[i + 1] === 'word') i += 1;
    runs.push({ start, end: i, dropped: false });
  }
  let negated = false;
  for (let i = 0; i < words.length; i++) {
    if (kinds[i] !== 'negation') continue;
    negated = true;
    const english = /^[a-z]+$/.test(words[i]) && (words[i] === 'not' || words[i] === 'no');
    const target = english ? runs.find((r) => r.start > i && words.slice(i + 1, r.start).every((w, k) => kinds[i + 1 + k] === 'skip')) : [...runs].reverse().find((r) => r.end < i && kinds.slice(r.end + 1, i).every((k) => k === 'skip'));
    if (target) target.dropped = true;
  }
  // "barabanki, we moved to lucknow when i was two": a town lived in later is not the birthplace, when one is named.
  const later = (r: { start: number; end: number }) =>
    LEXICON.laterAfter.at(words, r.end + 1) !== undefined || [1, 2, 3].some((k) => LEXICON.laterBefore.at(words, r.start - k)?.length === k);
  if (runs.some((r) => !r.dropped && !later(r))) for (const r of runs) if (later(r)) r.dropped = true;
  // What follows the last correction cue replaces what came before it ("toronto... actually brampton").
  // A lone "no"/"nahi" denies the town beside it; "no wait", "nahi nahi" say that a replacement follows.
  const cues = LEXICON.correctionCues.all(words).filter((c) => kinds[c.start] !== 'negation' || c.length > 1);
  // The last cue with a town after it: "barabanki actually" puts the cue after the town it confirms.
  const lastCue = [...cues].reverse().find((c) => runs.some((r) => !r.dropped && r.start > c.start))?.start ?? -1;
  for (const r of runs) if (r.end < lastCue) r.dropped = true;
  // "X ke paas", "near X": X only helps find the birthplace; it is the answer only when nothing else is named.
  const landmark = (r: { start: number; end: number }) =>
    LEXICON.landmarkAfter.at(words, r.end + 1) !== undefined || LEXICON.landmarkBefore.at(words, r.start - 1) !== undefined || (r.start >= 2 && LEXICON.landmarkBefore.at(words, r.start - 2)?.length === 2);
  if (runs.some((r) => !r.dropped && !landmark(r))) for (const r of runs) if (landmark(r)) r.dropped = true;
  const kept = runs.filter((r) => !r.dropped);
  const marked = kept.some((r) => LEXICON.placeBefore.at(words, r.start - 1) !== undefined || (r.start >= 2 && LEXICON.placeBefore.at(words, r.start - 2)?.length === 2) || LEXICON.placeAfter.at(words, r.end + 1) !== undefined);
  const named = (run: string) => LEXICON.placeNamesHi.get(run) ?? LEXICON.placeNamesRenamed.get(run) ?? run;
  // Runs offered as either-or stay joined by "or", so that the gazetteer asks which one rather than choosing.
  const text = kept
    .map((r, k) => {
      const run = named(words.slice(r.start, r.end + 1).join(' '));
      if (k === 0) return run;
      const either = words.slice(kept[k - 1].end + 1, r.start).some((w) => LEXICON.alternatives.has(w));
      return `${either ? ' or ' : ', '}${run}`;
    })
    .join('');
  // Born near a town and nothing else named: the gazetteer is told so, to offer the town rather than take it.
  const near = kept.length > 0 && kept.every(landmark);
  return { text: near ? `near ${text}` : text, runs: kept.length, marked, negated: negated && kept.length < runs.length };
}

/** Whether a clock is denied: "not five thirty", "not 5:30", "5:30 nahi", "paanch tees nahi". */
function deniesClock(tokens: readonly Token[]): boolean {
  const clockAt = (i: number) => {
    const [hour, minutes] = [tokens[i], tokens[i + 1]];
    if (hour && /^\d{1,2}[:.]\d{2}$/.test(hour.text)) return 1;
    const isHour = hour?.value !== undefined && hour.value >= 1 && hour.value <= 12;
    return isHour && minutes?.value !== undefined && minutes.value >= 1 && minutes.value <= 59 ? 2 : 0;
  };
  return tokens.some((t, i) => {
    if (LEXICON.denialsBefore.has(t.text) && clockAt(i + 1) > 0) return true;
    if (!LEXICON.denialsAfter.has(t.text)) return false;
    return clockAt(i - 1) === 1 || clockAt(i - 2) === 2;
  });
}

/**
 * Reads one utterance of the birth-details conversation for all it says: "mera janam 5 june 1990 ko subah 7 baje
 * lucknow mein hua" gives a date, a time and a place; "haan ji" a yes; "actually it was the 16th" part of a date and
 * a correction. A place is read only where nothing else can be: when the question was the place, next to a place
 * word ("in", "mein", "में"), or in "not X, Y"; a yes, a number or a date is never a place.
 */
export function readAnswers(text: string, options: ReadAnswersOptions = {}): BirthAnswers {
  const lang = detectLanguage(text);
  const said = tokenize(text, lang);
  const tokens = withoutDenied(said);
  const words = texts(tokens);
  const expecting = options.expecting;
  const date = matchDate(tokens, options);
  // "the time was 8": a bare number is an hour when the time was asked or is named, or when a clock is denied beside
  // it ("five fifty, not five thirty").
  const timeNamed = expecting === 'time' || LEXICON.timeNouns.has(words) || deniesClock(said);
  const matched = matchTime(tokens, { exclude: date.used, expectingTime: timeNamed && date.reading.kind === 'none' });
  // "pata nahi" answers the question asked: it is about the time only when the time was asked or is named.
  const aboutTime = expecting === 'time' || expecting === undefined || LEXICON.timeNouns.has(words);
  const time = matched.reading.kind === 'unknown' && !aboutTime ? { reading: { kind: 'none' as const }, used: new Set<number>() } : matched;
  if (time.reading.kind === 'ambiguous' && time.reading.approximate && halfInDoubt(words, time.used)) time.reading = { kind: 'ambiguous', candidates: time.reading.candidates, approximate: false };
  const taken = new Set([...date.used, ...time.used]);
  if (date.reading.kind !== 'none' && unexplainedAfterCorrection(date, taken)) date.reading = { kind: 'conflicting' };
  if (date.reading.kind === 'date' && unexplainedDigits(tokens, taken)) date.reading = { kind: 'conflicting' };
  const { text: placeText, runs, marked, negated } = placeRuns(tokens, taken);
  const wordCount = placeText.split(/[\s,]+/).filter(Boolean).length;
  const confirmation = confirmationOf(words);
  const placeAllowed = expecting === 'place' || marked || negated || (expecting === 'confirm' && runs > 0);
  return {
    lang,
    ...(date.reading.kind === 'none' ? {} : { date: date.reading }),
    ...(time.reading.kind === 'none' ? {} : { time: time.reading }),
    ...(placeAllowed && placeText && wordCount <= PLACE_LIMIT_WORDS ? { place: placeText } : {}),
    ...(confirmation ? { confirmation } : {}),
    correction: correctionStarts(tokens).length > 0 || negated,
  };
}
