import { pad } from '../text/pad.js';
import { digitsFromWords } from './spoken-numbers.js';

/** A birth time read from speech or text. */
export type ParsedBirthTime =
  | {
      known: true;
      hour: number;
      minute: number;
      /** "HH:MM", ready for BirthDetails.time. */
      text: string;
      /** The person hedged ("around", "about"). */
      approximate: boolean;
    }
  | { known: false; text: 'unknown' };

export type BirthTimeParseError =
  | { code: 'unparseable_time'; message: string }
  | { code: 'invalid_time'; message: string }
  /** "6:15" could be morning or evening: ask. `candidates` are both readings. */
  | { code: 'ambiguous_time'; message: string; candidates: string[] };

export type BirthTimeParseResult = { ok: true; value: ParsedBirthTime } | { ok: false; error: BirthTimeParseError };

const UNKNOWN = /\b(don ?t know|do not know|dont know|not sure|no idea|unknown|can ?t remember|cannot remember|don ?t remember|no clue|not known)\b/;

type Period = 'am' | 'pm' | 'night' | undefined;

function known(hour: number, minute: number, approximate: boolean): BirthTimeParseResult {
  return { ok: true, value: { known: true, hour, minute, text: `${pad(hour)}:${pad(minute)}`, approximate } };
}

function resolve(hour: number, minute: number, period: Period, approximate: boolean, twentyFourHour: boolean): BirthTimeParseResult {
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || minute > 59 || hour > 23) {
    return { ok: false, error: { code: 'invalid_time', message: 'no such time of day' } };
  }
  if (period === undefined) {
    if (twentyFourHour || hour === 0 || hour > 12) return known(hour, minute, approximate);
    const candidates = hour === 12 ? [`12:${pad(minute)}`, `00:${pad(minute)}`] : [`${pad(hour)}:${pad(minute)}`, `${pad(hour + 12)}:${pad(minute)}`];
    return { ok: false, error: { code: 'ambiguous_time', message: 'morning or evening?', candidates } };
  }
  if (hour > 12 || hour === 0) {
    if (period === 'pm' && hour > 12) return known(hour, minute, approximate);
    return { ok: false, error: { code: 'invalid_time', message: `${hour} o'clock does not go with ${period === 'am' ? 'the morning' : 'the evening'}` } };
  }
  if (period === 'am') return known(hour === 12 ? 0 : hour, minute, approximate);
  if (period === 'night') return known(hour === 12 ? 0 : hour <= 4 ? hour : hour + 12, minute, approximate);
  return known(hour === 12 ? 12 : hour + 12, minute, approximate);
}

/**
 * Reads a birth time as people say or type it: "quarter past six in the morning", "6:15 am", "18:15",
 * "half past seven in the evening", "noon", "around midnight", "I don't know". A 12-hour time without morning or
 * evening is reported as ambiguous with both readings; an unknown time is a valid answer ({ known: false }).
 */
export function parseBirthTime(text: string): BirthTimeParseResult {
  const lower = text.toLowerCase().replace(/[\u2019']/g, '').replace(/\s+/g, ' ').trim();
  if (UNKNOWN.test(lower)) return { ok: true, value: { known: false, text: 'unknown' } };
  const approximate = /\b(around|about|approximately|approx|roughly|maybe|probably|circa|ish)\b/.test(lower);
  let s = digitsFromWords(lower)
    .replace(/(\d)\s*([ap])\.?\s?m\b\.?/g, '$1 $2m')
    .replace(/\b(around|about|approximately|approx|roughly|maybe|probably|circa|ish|at|it was|i was born|born|exactly|sharp|hrs|hours|o ?clock)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let period: Period;
  const periodRules: ReadonlyArray<readonly [RegExp, Period]> = [
    [/(?:^|\s)(a\.?m\.?|in the morning|morning)(?=\s|$)/, 'am'],
    [/(?:^|\s)(p\.?m\.?|in the afternoon|afternoon|in the evening|evening)(?=\s|$)/, 'pm'],
    [/(?:^|\s)(in the night|night)(?=\s|$)/, 'night'],
  ];
  for (const [re, p] of periodRules) {
    if (re.test(s)) {
      period = p;
      s = s.replace(re, ' ').replace(/\s+/g, ' ').trim();
      break;
    }
  }
  if (/^(noon|midday|12 noon)$/.test(s)) return known(12, 0, approximate);
  if (/^midnight$/.test(s)) return known(0, 0, approximate);
  let m = /^(\d{1,2})[:.h ](\d{2})$/.exec(s);
  if (m) return resolve(Number(m[1]), Number(m[2]), period, approximate, m[1].startsWith('0') && m[1].length === 2);
  m = /^(\d{2})(\d{2})$/.exec(s);
  if (m) return resolve(Number(m[1]), Number(m[2]), period, approximate, true);
  m = /^(\d{1,2})$/.exec(s);
  if (m) return resolve(Number(m[1]), 0, period, approximate, false);
  m = /^(quarter|half|\d{1,2})(?: minutes?)? (past|after|to|before) (\d{1,2}|noon|midnight)$/.exec(s);
  if (m) {
    const minutes = m[1] === 'quarter' ? 15 : m[1] === 'half' ? 30 : Number(m[1]);
    if (minutes >= 60 || ((m[2] === 'to' || m[2] === 'before') && m[1] === 'half')) {
      return { ok: false, error: { code: 'invalid_time', message: 'no such time of day' } };
    }
    const target = m[3] === 'noon' ? 12 : m[3] === 'midnight' ? 0 : Number(m[3]);
    const after = m[2] === 'past' || m[2] === 'after';
    if (m[3] === 'noon' || m[3] === 'midnight') {
      const total = (target * 60 + (after ? minutes : -minutes) + 1440) % 1440;
      return known(Math.floor(total / 60), total % 60, approximate);
    }
    if (target < 1 || target > 12) return resolve(target, 0, period, approximate, false);
    if (after) return resolve(target, minutes, period, approximate, false);
    const hour = target === 1 ? 12 : target - 1;
    return resolve(hour, 60 - minutes, period, approximate, false);
  }
  return { ok: false, error: { code: 'unparseable_time', message: 'could not read a time of day' } };
}
