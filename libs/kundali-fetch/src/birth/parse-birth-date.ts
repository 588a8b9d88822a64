import { isCalendarDate, MAX_BIRTH_YEAR, MIN_BIRTH_YEAR } from '@amigo/contracts';
import { pad } from '../text/pad.js';
import { digitsFromWords } from './spoken-numbers.js';

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(uary)?$/, 1], [/^feb(ruary)?$/, 2], [/^mar(ch)?$/, 3], [/^apr(il)?$/, 4], [/^may$/, 5], [/^june?$/, 6],
  [/^july?$/, 7], [/^aug(ust)?$/, 8], [/^sep(t(ember)?)?$/, 9], [/^oct(ober)?$/, 10], [/^nov(ember)?$/, 11],
  [/^dec(ember)?$/, 12],
];

/** A calendar date read from speech or text. */
export interface ParsedBirthDate {
  year: number;
  month: number;
  day: number;
  /** "YYYY-MM-DD", ready for BirthDetails.date. */
  iso: string;
}

export type BirthDateParseError =
  | { code: 'unparseable_date'; message: string }
  | { code: 'invalid_date'; message: string }
  | { code: 'date_out_of_range'; message: string };

export type BirthDateParseResult = { ok: true; value: ParsedBirthDate } | { ok: false; error: BirthDateParseError };

export interface ParseBirthDateOptions {
  /** How to read all-numeric dates whose first two numbers could both be a month ("05/08/1990"): default DMY. */
  numericOrder?: 'DMY' | 'MDY';
}

function monthFromWord(word: string): number | undefined {
  return MONTHS.find(([re]) => re.test(word))?.[1];
}

function result(year: number, month: number, day: number): BirthDateParseResult {
  if (!isCalendarDate(year, month, day)) {
    return { ok: false, error: { code: 'invalid_date', message: `there is no day ${day} in month ${month} of ${year}` } };
  }
  if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR) {
    return { ok: false, error: { code: 'date_out_of_range', message: `dates from ${MIN_BIRTH_YEAR} to ${MAX_BIRTH_YEAR} are supported` } };
  }
  return { ok: true, value: { year, month, day, iso: `${year}-${pad(month)}-${pad(day)}` } };
}

/**
 * Reads a date of birth as people say or type it: "15 August 1990", "15th of August, 1990", "August 15th, 1990",
 * "15/08/1990" (day first unless told otherwise), "1990-08-15". Impossible dates (31 February) are errors.
 */
export function parseBirthDate(text: string, options: ParseBirthDateOptions = {}): BirthDateParseResult {
  const s = digitsFromWords(text.toLowerCase())
    .replace(/(\d+)(st|nd|rd|th)\b/g, '$1')
    .replace(/\b(the|of|on|born|i was|it was|in)\b/g, ' ')
    .replace(/[,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return result(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    const mdy = a <= 12 && (b > 12 || options.numericOrder === 'MDY');
    return mdy ? result(year, a, b) : result(year, b, a);
  }
  const tokens = s.split(' ');
  if (tokens.length === 3) {
    const [x, y, z] = tokens;
    const year = /^\d{4}$/.test(z) ? Number(z) : NaN;
    const monthFirst = monthFromWord(x);
    const monthSecond = monthFromWord(y);
    if (!Number.isNaN(year) && monthSecond !== undefined && /^\d{1,2}$/.test(x)) return result(year, monthSecond, Number(x));
    if (!Number.isNaN(year) && monthFirst !== undefined && /^\d{1,2}$/.test(y)) return result(year, monthFirst, Number(y));
  }
  return { ok: false, error: { code: 'unparseable_date', message: 'could not read a day, month and four-digit year' } };
}
