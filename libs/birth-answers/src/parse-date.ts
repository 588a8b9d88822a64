import { isCalendarDate, MAX_BIRTH_YEAR, MIN_BIRTH_YEAR } from '@amigo/contracts';
import { isKnownWord, LEXICON } from './lexicon.js';
import { correctionStarts, othersBirth, texts, tokenize, type Token, withoutDenied } from './tokens.js';

/** What a date answer gave, as far as it went. */
export interface DateParts {
  day?: number;
  month?: number;
  year?: number;
}

/**
 * A date answer read: a date; a reason to ask back (a slash date readable both ways, a day that does not exist, a
 * year outside what the chart supports or in the future); only part of a date ("the 16th", "September 1983");
 * or nothing date-like at all.
 */
export type DateReading =
  | { kind: 'date'; iso: string; parts: Required<DateParts> }
  | { kind: 'ambiguous'; candidates: [string, string] }
  /** Two different dates in one answer ("papa says 15 Aug 1965, the school wrote 1 July"). */
  | { kind: 'conflicting' }
  | { kind: 'impossible'; parts: Required<DateParts> }
  | { kind: 'out_of_range'; parts: Required<DateParts> }
  | { kind: 'partial'; parts: DateParts }
  | { kind: 'none' };

export interface ParseDateOptions {
  /** Today, to expand two-digit years ("88" -> 1988, "05" -> 2005) and refuse dates in the future. */
  today?: Date;
}

/** The reading and which tokens it used, so that the rest of a sentence can be read for a time or a place. */
export interface DateMatch {
  reading: DateReading;
  used: Set<number>;
  /** Numbers said after a correction, or lone digits beside the date, that the date does not use: unless they are the time, the date is in doubt. */
  pending?: number[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_JOINERS = new Set(['of', 'the', 'tarikh', 'tareekh', 'tarik', 'तारीख', 'ki', 'ko', 'on']);
/** "date 12 thi", "the date was 12th", "तारीख १२ थी": the day named by the word for date before it. */
const DAY_NOUNS = new Set(['date', 'tarikh', 'tareekh', 'tarik', 'तारीख', 'दिनांक']);
const COPULAS = new Set(['was', 'is', 'thi', 'tha', 'hai', 'थी', 'था', 'है']);
const YEAR_MARKERS = new Set(['year', 'saal', 'san', 'sun', 'सन', 'साल', 'varsh', 'वर्ष']);

function expandYear(twoDigits: number, today: Date): number {
  const pivot = today.getUTCFullYear() % 100;
  return twoDigits <= pivot ? 2000 + twoDigits : 1900 + twoDigits;
}

function finish(parts: Required<DateParts>, today: Date): DateReading {
  const { year, month, day } = parts;
  if (!isCalendarDate(year, month, day)) return { kind: 'impossible', parts };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR || iso > today.toISOString().slice(0, 10)) {
    return { kind: 'out_of_range', parts };
  }
  return { kind: 'date', iso, parts };
}

function numericDate(text: string, today: Date): DateReading | undefined {
  const m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(text);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[1].length === 4) return finish({ year: a, month: b, day: c }, today);
  if (m[3].length !== 2 && m[3].length !== 4) return { kind: 'none' };
  const year = m[3].length === 2 ? expandYear(c, today) : c;
  if (a > 12 && b <= 12) return finish({ year, month: b, day: a }, today);
  if (b > 12 && a <= 12) return finish({ year, month: a, day: b }, today);
  if (a === b || a > 12) return finish({ year, month: b, day: a }, today);
  const dmy = finish({ year, month: b, day: a }, today);
  const mdy = finish({ year, month: a, day: b }, today);
  if (dmy.kind === 'date' && mdy.kind === 'date') return { kind: 'ambiguous', candidates: [dmy.iso, mdy.iso] };
  return dmy.kind === 'date' ? dmy : mdy;
}

/** "8", "aath", "आठ", "८": one digit, neither "05" nor "oh five", so never the last two digits of a year. */
const isLoneDigit = (t: Token) => t.value !== undefined && t.value < 10 && !t.zeroLed && !/^\d\d$/.test(t.text);

/**
 * "unis", "nineteen", "bees" said alone after the month: the hundreds of a year whose rest was not understood ("unis
 * <word> athasi"), far likelier than 2019, so the year is left open.
 */
const isSpokenCentury = (t: Token) => t.spelled === true && t.value !== undefined && t.value >= 18 && t.value <= 20;

/** "1-5" as written for a span of days. */
const isDaySpanText = (text: string | undefined) => text !== undefined && /^\d{1,2}-\d{1,2}$/.test(text);

const isDay = (t: Token | undefined) => t?.value !== undefined && t.value >= 1 && t.value <= 31 && t.words <= 3;

/** Spoken year pairs: "nineteen ninety" (19, 90), "unnees athasi"; also "two thousand three" already joined. */
function yearAt(tokens: readonly Token[], i: number): { year: number; length: number } | undefined {
  const t = tokens[i];
  if (t?.value === undefined || t.ordinal) return undefined;
  // "1800 hours", "eighteen hundred hours": a clock of the day, not a year.
  if (LEXICON.twentyFourHour.at(texts(tokens), i + 1)) return undefined;
  // "संवत दो हज़ार छह": a year of another calendar, which would put the birth decades off.
  const words = texts(tokens);
  if ([1, 2, 3].some((n) => LEXICON.eras.at(words, i - n)?.length === n)) return undefined;
  if (t.value >= 1000 && t.value <= 2999) return { year: t.value, length: 1 };
  const next = tokens[i + 1];
  if (t.spelled && next?.spelled && next.value !== undefined && !next.ordinal && t.value >= 18 && t.value <= 20 && next.value < 100) {
    return { year: t.value * 100 + next.value, length: 2 };
  }
  return undefined;
}

/**
 * Reads a date out of tokens, anywhere in the sentence. After a correction ("15 May, नहीं 14 May 1999", "the 28th,
 * no wait, the 27th") what follows it replaces what came before, field by field. Two values offered either-or
 * ("7 ya 8 March") or a date said to be uncertain ("..., pakka nahi pata") is asked back as `conflicting`.
 */
export function matchDate(tokens: readonly Token[], options: ParseDateOptions = {}): DateMatch {
  const today = options.today ?? new Date();
  // "the 8th, not the 7th": "not" denies what follows it rather than putting it in place of what came before.
  const cue = correctionStarts(tokens)
    .reverse()
    .find((c) => !LEXICON.denialsBefore.has(tokens[c].text) && tokens.slice(c + 1).some((t) => t.value !== undefined || LEXICON.months.has(t.text)));
  const match = withLoneDigits(tokens, cue === undefined ? readDate(tokens, today) : corrected(tokens, cue, today));
  if (match.reading.kind === 'none' || match.reading.kind === 'conflicting') return match;
  const asked = offeredOrDoubted(tokens, match.used) || othersBirth(tokens) || daySpan(tokens, match.used, partsOf(match.reading).day) || otherWeekday(tokens, match.reading);
  return asked ? { reading: { kind: 'conflicting' }, used: match.used } : match;
}

/**
 * A day of the week said with the date that falls on another day ("monday the 1st of june 1990" was a Friday):
 * one of the two is misremembered or misheard, so neither is taken. A weekday that agrees changes nothing.
 */
function otherWeekday(tokens: readonly Token[], reading: DateReading): boolean {
  if (reading.kind !== 'date') return false;
  const { year, month, day } = reading.parts;
  const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return LEXICON.weekdays.all(texts(tokens)).some((hit) => hit.value !== actual);
}

/**
 * The day said as one end of a span ("ek se paanch june", "between the 1st and 5th", "june 1 to 5", "1-5 june"):
 * the birthday is somewhere in it, not at the end the month stands next to.
 */
function daySpan(tokens: readonly Token[], used: ReadonlySet<number>, day: number | undefined): boolean {
  const joined = (joiner: Token | undefined, other: Token | undefined) => joiner !== undefined && LEXICON.rangeJoiners.has(joiner.text) && isDay(other);
  for (const u of used) {
    const t = tokens[u];
    if (LEXICON.months.has(t.text)) {
      if (isDaySpanText(tokens[u - 1]?.text) || isDaySpanText(tokens[u + 1]?.text)) return true;
      continue;
    }
    if (t.value !== day || !isDay(t)) continue;
    if (joined(tokens[u - 1], tokens[u - 2]) || joined(tokens[u + 1], tokens[u + 2])) return true;
  }
  return false;
}

/**
 * A lone digit right beside a date ("8 oct 1979, aath"): repeating the day it is harmless and belongs to the date;
 * any other digit is pending, in doubt unless it is the time ("8 oct 1979, 5 baje").
 */
function withLoneDigits(tokens: readonly Token[], match: DateMatch): DateMatch {
  if (match.reading.kind !== 'date') return match;
  const day = match.reading.parts.day;
  const used = new Set(match.used);
  const pending = [...(match.pending ?? [])];
  const beside = (from: number, step: number) => {
    let i = from + step;
    while (tokens[i]?.text === ',') i += step;
    return i;
  };
  for (const i of [beside(Math.min(...used), -1), beside(Math.max(...used), 1)]) {
    const t = tokens[i];
    if (!t || used.has(i) || !isLoneDigit(t) || t.ordinal) continue;
    if (t.value === day) used.add(i);
    else if (!pending.includes(i)) pending.push(i);
  }
  return { ...match, used, ...(pending.length > 0 ? { pending } : {}) };
}

const blank = (t: Token): Token => ({ text: '\u0000', words: t.words });

function partsOf(reading: DateReading): DateParts {
  return 'parts' in reading ? reading.parts : {};
}

/** The date after the correction at `cue`, with the fields it leaves out taken from before it. */
function corrected(tokens: readonly Token[], cue: number, today: Date): DateMatch {
  const after = readDate(tokens.map((t, i) => (i <= cue ? blank(t) : t)), today);
  if (after.reading.kind !== 'partial' && after.reading.kind !== 'none') return after;
  const before = readDate(tokens.map((t, i) => (i >= cue ? blank(t) : t)), today);
  // "3 March 1977, नहीं 4" is in doubt, "3 March 1977, nahi, 7 baje" corrects the time: the caller, who reads the
  // time, decides.
  if (after.reading.kind === 'none') return { ...before, pending: tokens.map((t, i) => i).filter((i) => i > cue && tokens[i].value !== undefined) };
  const parts = { ...partsOf(before.reading), ...after.reading.parts };
  const used = new Set([...before.used, ...after.used]);
  if (parts.day !== undefined && parts.month !== undefined && parts.year !== undefined) return { reading: finish({ day: parts.day, month: parts.month, year: parts.year }, today), used };
  return { reading: { kind: 'partial', parts }, used };
}

/** A value of the date beside "or"/"ya"/"या" and another value, or nearest to a word of doubt ("not sure", "शायद"). */
function offeredOrDoubted(tokens: readonly Token[], used: ReadonlySet<number>): boolean {
  const valued = (t: Token | undefined) => t !== undefined && (t.value !== undefined || LEXICON.months.has(t.text) || /^\d/.test(t.text));
  for (const u of used) {
    if (LEXICON.alternatives.has(tokens[u - 1]?.text ?? '') && valued(tokens[u - 2])) return true;
    if (LEXICON.alternatives.has(tokens[u + 1]?.text ?? '') && valued(tokens[u + 2])) return true;
  }
  const words = texts(tokens);
  if (LEXICON.takeIt.all(words).length > 0) return false;
  return LEXICON.uncertainty.all(words).some((hit) => {
    const distance = (i: number) => (i < hit.start ? hit.start - i : i - (hit.start + hit.length - 1));
    const values = tokens.map((t, i) => i).filter((i) => valued(tokens[i]) && (i < hit.start || i >= hit.start + hit.length));
    if (values.length === 0) return false;
    const nearest = Math.min(...values.map(distance));
    return values.some((i) => distance(i) === nearest && used.has(i));
  });
}

function readDate(tokens: readonly Token[], today: Date): DateMatch {
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const reading = numericDate(tokens[i].text, today);
    if (reading) return { reading, used: new Set([i]) };
  }
  const years: Array<{ at: number; year: number; length: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const y = yearAt(tokens, i);
    if (y) {
      years.push({ at: i, ...y });
      i += y.length - 1;
    }
  }
  const inYear = (i: number) => years.some((y) => i >= y.at && i < y.at + y.length);
  const monthAt = tokens.findIndex((t, i) => LEXICON.months.has(t.text) && nearNumber(tokens, i, inYear));
  if (monthAt >= 0) {
    const month = LEXICON.months.get(tokens[monthAt].text) as number;
    used.add(monthAt);
    let day: number | undefined;
    for (const at of [monthAt - 1, monthAt - 2, monthAt + 1, monthAt + 2]) {
      const between = at < monthAt ? tokens.slice(at + 1, monthAt) : tokens.slice(monthAt + 1, at);
      if (!between.every((t) => DAY_JOINERS.has(t.text))) continue;
      if (isDay(tokens[at]) && !inYear(at)) {
        day = tokens[at].value;
        used.add(at);
        break;
      }
    }
    let year = years.find((y) => !used.has(y.at));
    if (!year) {
      const after = [...used].reduce((a, b) => Math.max(a, b), monthAt) + 1;
      for (const at of [after, after + 1]) {
        const t = tokens[at];
        const between = tokens.slice(after, at);
        if (t?.value !== undefined && t.value < 100 && !t.ordinal && !isLoneDigit(t) && !isSpokenCentury(t) && between.every((b) => YEAR_MARKERS.has(b.text) || b.text === ',')) {
          year = { at, year: expandYear(t.value, today), length: 1 };
          break;
        }
      }
    }
    if (year && (unfinishedYear(tokens, year) || tokens[year.at + year.length - 1].open)) return { reading: { kind: 'partial', parts: { month, ...(day === undefined ? {} : { day }) } }, used };
    if (year) for (let k = 0; k < year.length; k++) used.add(year.at + k);
    const other = tokens.findIndex((t, i) => i !== monthAt && !used.has(i) && LEXICON.months.has(t.text) && LEXICON.months.get(t.text) !== month && nearNumber(tokens, i, inYear));
    if (other >= 0) return { reading: { kind: 'conflicting' }, used: new Set([...used, other]) };
    if (day !== undefined && year) return { reading: finish({ year: year.year, month, day }, today), used };
    return { reading: { kind: 'partial', parts: { month, ...(day === undefined ? {} : { day }), ...(year ? { year: year.year } : {}) } }, used };
  }
  const numbers = tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.value !== undefined);
  for (let k = 0; k + 2 < numbers.length; k++) {
    const [d, m, y] = [numbers[k], numbers[k + 1], numbers[k + 2]];
    if (m.i === d.i + 1 && y.i === m.i + 1 && !d.t.spelled && !m.t.spelled && (y.t.text.length === 4 || y.t.text.length === 2)) {
      const reading = numericDate(`${d.t.text}/${m.t.text}/${y.t.text}`, today);
      if (reading) return { reading, used: new Set([d.i, m.i, y.i]) };
    }
  }
  const named = (i: number) => DAY_NOUNS.has(tokens[i - 1]?.text ?? '') || (COPULAS.has(tokens[i - 1]?.text ?? '') && DAY_NOUNS.has(tokens[i - 2]?.text ?? ''));
  const dayOnly = tokens.findIndex((t, i) => isDay(t) && !inYear(i) && (t.ordinal || named(i) || DAY_JOINERS.has(tokens[i + 1]?.text ?? '') && tokens[i + 1]?.text !== 'of' && tokens[i + 1]?.text !== 'the' && tokens[i + 1]?.text !== 'on'));
  const year = years[0];
  if (dayOnly >= 0 || year) {
    if (dayOnly >= 0) used.add(dayOnly);
    if (year) used.add(year.at);
    return {
      reading: { kind: 'partial', parts: { ...(dayOnly >= 0 ? { day: tokens[dayOnly].value } : {}), ...(year ? { year: year.year } : {}) } },
      used,
    };
  }
  return { reading: { kind: 'none' }, used };
}

/**
 * "unnees sau athhattar" with the last word unread: the spoken year stopped at its hundreds only because a word
 * after it was not understood, so the year is not known.
 */
function unfinishedYear(tokens: readonly Token[], year: { at: number; year: number; length: number }): boolean {
  const last = tokens[year.at + year.length - 1];
  const next = tokens[year.at + year.length];
  if (!last.spelled || year.year % 100 !== 0 || !next || !/^[\p{L}\p{M}]+$/u.test(next.text)) return false;
  return !isKnownWord(next.text);
}

/** A month name counts only next to a number: "may" and "mai" are also everyday words. */
function nearNumber(tokens: readonly Token[], i: number, inYear: (i: number) => boolean): boolean {
  for (const at of [i - 1, i - 2, i + 1, i + 2]) if (tokens[at]?.value !== undefined || inYear(at) || isDaySpanText(tokens[at]?.text)) return true;
  return false;
}

/**
 * Reads a date of birth as people say it: "born on 21st march 88", "15/08/1990" (either order when only one
 * reading exists), "nineteen ninety nine, june the second", "5 जून 1990 को", "unnees sau athasi, paanch farvari".
 * Never guesses: a slash date readable both ways comes back `ambiguous` with both readings.
 */
export function parseDate(text: string, options: ParseDateOptions = {}): DateReading {
  const tokens = withoutDenied(tokenize(text));
  const match = matchDate(tokens, options);
  return match.reading.kind === 'date' && (unexplainedDigits(tokens, match.used) || unexplainedAfterCorrection(match, match.used)) ? { kind: 'conflicting' } : match.reading;
}

/**
 * A number said after a correction, or a lone digit beside the date, that neither the date nor anything else in
 * `taken` (the time) explains.
 */
export function unexplainedAfterCorrection(match: DateMatch, taken: ReadonlySet<number>): boolean {
  return (match.pending ?? []).some((i) => !taken.has(i));
}

/** Digits the reading did not use ("15 aug 1990 ... 17"): a date beside an unexplained number is not certain. */
export function unexplainedDigits(tokens: readonly Token[], used: ReadonlySet<number>): boolean {
  // Numbers before the last correction are what it corrected ("the 28th, no wait the 27th").
  const cues = correctionStarts(tokens);
  const after = cues.length > 0 ? cues[cues.length - 1] : -1;
  const fillers = new Set(LEXICON.fillers.all(texts(tokens)).flatMap((h) => Array.from({ length: h.length }, (_, k) => h.start + k)));
  const words = texts(tokens);
  const age = (i: number) => LEXICON.ageMarkers.at(words, i + 1) !== undefined;
  return tokens.some((t, i) => i > after && !used.has(i) && !fillers.has(i) && !age(i) && t.value !== undefined && /^\d/.test(t.text));
}
