import { type DayPart, LEXICON } from './lexicon.js';
import { correctionStarts, othersBirth, texts, tokenize, type Token, withoutDenied } from './tokens.js';

/**
 * A time answer read: a clock time (with how sure the person is); a 12-hour time that could be morning or evening;
 * "I don't know"; a part of the day with no clock ("in the evening": enough to correct am/pm, not to cast a chart);
 * a range ("between 5 and 6"); a time that cannot be; or nothing time-like.
 */
export type TimeReading =
  | { kind: 'time'; hhmm: string; approximate: boolean; uncertaintyMinutes?: number }
  | { kind: 'ambiguous'; candidates: [string, string]; approximate: boolean; uncertaintyMinutes?: number }
  | { kind: 'unknown' }
  | { kind: 'day_part'; part: DayPart }
  | { kind: 'range' }
  | { kind: 'invalid' }
  | { kind: 'none' };

export interface TimeMatch {
  reading: TimeReading;
  used: Set<number>;
}

export interface MatchTimeOptions {
  /** Tokens already read as something else (the date of the same sentence). */
  exclude?: ReadonlySet<number>;
  /** The question was about the time, so a bare number ("7") is an hour. */
  expectingTime?: boolean;
}

interface Clock {
  hour: number;
  minute: number;
  at: number;
  twentyFour: boolean;
  anchored: boolean;
  open?: boolean;
  /** The hour counted down to ("7 bajne mein 10"), whose part of the day the clock takes. */
  onHour?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (h: number, m: number) => `${pad(h)}:${pad(m)}`;
const MINUTE_WORDS = new Set(['minute', 'minutes', 'min', 'mins', 'minat', 'मिनट']);
const PAST = new Set(['past', 'after']);
// "too": how speech-to-text often writes "to" ("quarter too nine").
const TO = new Set(['to', 'too', 'before', 'till']);
/** Hedges that say where a time falls against something else ("just before", "thodi der baad"). */
const RELATIVE_HEDGE = /\b(before|after)\b|पहले|बाद/u;
const AT = new Set(['at', 'around', 'about', 'by', 'ko', 'pe', 'par']);
/** Parts of the day that name the same stretch of it ("raat", "aadhi raat"): said together they still name one. */
const PART_GROUP: Record<DayPart, string> = {
  early_morning: 'morning',
  morning: 'morning',
  noon: 'afternoon',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'night',
  late_night: 'night',
  midnight: 'night',
};

/** Hour 1-12 on a spoken day part, to the 24-hour clock; undefined when the pair makes no sense. */
function onDayPart(hour: number, part: DayPart | 'am' | 'pm'): number | undefined {
  switch (part) {
    case 'am':
      return hour === 12 ? 0 : hour;
    case 'pm':
      return hour === 12 ? 12 : hour + 12;
    case 'early_morning':
    case 'morning':
      return hour === 12 ? undefined : hour;
    case 'noon':
      return hour === 12 ? 12 : hour <= 4 ? hour + 12 : undefined;
    case 'afternoon':
      return hour === 12 ? 12 : hour === 11 ? 11 : hour <= 6 ? hour + 12 : undefined;
    case 'evening':
      return hour >= 3 && hour <= 11 ? hour + 12 : undefined;
    case 'night':
      return hour === 12 ? 0 : hour <= 4 ? hour : hour >= 6 ? hour + 12 : undefined;
    case 'late_night':
      return hour === 12 ? 0 : hour <= 4 ? hour : hour >= 10 ? hour + 12 : undefined;
    case 'midnight':
      return hour === 12 ? 0 : hour <= 2 ? hour : undefined;
  }
}

/** The clock on the 24-hour hour its part of the day gave; a count-down clock ("7 bajne mein 10") ends before that hour. */
function atHour(clock: Clock, hour: number): string {
  if (clock.onHour === undefined) return hhmm(hour, clock.minute);
  const total = (hour * 60 - (60 - clock.minute) + 1440) % 1440;
  return hhmm(Math.floor(total / 60), total % 60);
}

/** Two different halves of the day joined by "or" ("am or pm", "subah ya shaam"), or undefined. */
function eitherOr<V>(words: readonly string[], hits: Array<{ start: number; length: number; value: V }>): [V, V] | undefined {
  for (let k = 1; k < hits.length; k++) {
    const [a, b] = [hits[k - 1], hits[k]];
    if (a.value !== b.value && words.slice(a.start + a.length, b.start).some((w) => LEXICON.timeEitherOr.has(w))) return [a.value, b.value];
  }
  return undefined;
}

function numberAt(tokens: readonly Token[], i: number, exclude: ReadonlySet<number>): number | undefined {
  const t = tokens[i];
  return t && !exclude.has(i) && !t.ordinal && t.value !== undefined ? t.value : undefined;
}

/** Reads a time out of tokens, anywhere in the sentence, leaving out the tokens in `exclude`. */
export function matchTime(tokens: readonly Token[], options: MatchTimeOptions = {}): TimeMatch {
  const exclude = new Set(options.exclude ?? []);
  tokens.forEach((t, i) => {
    if (t.denied) exclude.add(i);
  });
  // "ek minute..." ("wait a minute") holds a number but says nothing about the time.
  for (const hit of LEXICON.fillers.all(texts(tokens))) for (let k = 0; k < hit.length; k++) if (tokens[hit.start + k].value !== undefined) exclude.add(hit.start + k);
  // "in 24 hour", "24-hour format": names the clock, it is no time.
  tokens.forEach((t, i) => {
    if (t.value === 24 && LEXICON.twentyFourHour.at(texts(tokens), i + 1)) exclude.add(i);
  });
  const words = texts(tokens).map((w, i) => (exclude.has(i) ? '\u0000' : w));
  const used = new Set<number>();
  const mark = (start: number, length = 1) => {
    for (let k = 0; k < length; k++) used.add(start + k);
  };
  const partHits = LEXICON.dayParts.all(words);
  const meridiemHits = LEXICON.meridiem.all(words);
  const approxHits = LEXICON.approximate.all(words);
  const unknownHits = LEXICON.unknown.all(words);
  const markerHits = LEXICON.hourMarkers.all(words);
  const twentyFourHits = LEXICON.twentyFourHour.all(words);
  for (const hit of [...partHits, ...meridiemHits, ...approxHits, ...unknownHits, ...markerHits, ...twentyFourHits]) mark(hit.start, hit.length);
  const near = (hits: Array<{ start: number; length: number }>, i: number, span = 2) =>
    hits.some((h) => (h.start > i && h.start - i <= span) || (h.start < i && i - (h.start + h.length - 1) <= span));

  const clocks: Clock[] = [];
  const add = (clock: Clock, ...at: number[]) => {
    clocks.push(clock);
    for (const i of at) used.add(i);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (exclude.has(i)) continue;
    const word = tokens[i].text;
    const colon = /^(\d{1,2})[:.](\d{2})$/.exec(word);
    if (colon) {
      add({ hour: Number(colon[1]), minute: Number(colon[2]), at: i, twentyFour: colon[1].length === 2 && colon[1].startsWith('0'), anchored: true }, i);
      continue;
    }
    if (/^\d{4}$/.test(word) && (word.startsWith('0') || near(twentyFourHits, i, 1))) {
      add({ hour: Number(word.slice(0, 2)), minute: Number(word.slice(2)), at: i, twentyFour: true, anchored: true }, i);
      continue;
    }
    const quarter = LEXICON.quarterPast.at(words, i) ? 15 : LEXICON.halfPast.at(words, i) ? 30 : LEXICON.quarterTo.at(words, i) ? -15 : undefined;
    if (quarter !== undefined) {
      const h = numberAt(tokens, i + 1, exclude);
      if (h !== undefined && h >= 1 && h <= 12) {
        add(quarter > 0 ? { hour: h, minute: quarter, at: i + 1, twentyFour: false, anchored: true } : { hour: h === 1 ? 12 : h - 1, minute: 45, at: i + 1, twentyFour: false, anchored: true }, i, i + 1);
        i += 1;
        continue;
      }
    }
    if (LEXICON.oneThirty.at(words, i) || LEXICON.twoThirty.at(words, i)) {
      add({ hour: LEXICON.oneThirty.at(words, i) ? 1 : 2, minute: 30, at: i, twentyFour: false, anchored: true }, i);
      continue;
    }
    const relative = word === 'quarter' ? 15 : word === 'half' ? 30 : numberAt(tokens, i, exclude);
    const joiner = tokens[i + 1]?.text === 'minutes' || tokens[i + 1]?.text === 'minute' ? 2 : 1;
    // "2 to 4", "from 5 to 7": hours joined as a span, not minutes to an hour. "ten to six" can only be 5:50, but
    // "10 to 11" and "5 to 7" are as often a span as minutes to the hour, so they are a span: asked, never guessed.
    const later = numberAt(tokens, i + 2, exclude);
    const span =
      relative !== undefined && joiner === 1 && word !== 'quarter' && word !== 'half' && relative <= 12 && TO.has(tokens[i + 1]?.text ?? '') &&
      (!LEXICON.minutesToCounts.has(relative) || /^(from|between)$/.test(tokens[i - 1]?.text ?? '') || (later !== undefined && later > relative && later <= 12));
    if (!span && relative !== undefined && relative < 60 && (PAST.has(tokens[i + joiner]?.text ?? '') || TO.has(tokens[i + joiner]?.text ?? ''))) {
      const h = numberAt(tokens, i + joiner + 1, exclude);
      const target = h ?? (tokens[i + joiner + 1]?.text === 'noon' ? 12 : tokens[i + joiner + 1]?.text === 'midnight' ? 0 : undefined);
      if (target !== undefined && target <= 12 && !(relative === 30 && TO.has(tokens[i + joiner].text))) {
        const after = PAST.has(tokens[i + joiner].text);
        const total = (target * 60 + (after ? relative : -relative) + 720) % 720;
        const named = tokens[i + joiner + 1]?.text;
        add(
          { hour: Math.floor(total / 60) || (named === 'midnight' ? 0 : 12), minute: total % 60, at: i + joiner + 1, twentyFour: named === 'noon' || named === 'midnight', anchored: true },
          i, i + 1, i + joiner, i + joiner + 1,
        );
        if (named === 'midnight' && !after) clocks[clocks.length - 1].hour += 12;
        i += joiner + 1;
        continue;
      }
    }
    // "5-6 baje": two hours written as one span.
    const hyphened = /^(\d{1,2})-(\d{1,2})$/.exec(word);
    if (hyphened && Number(hyphened[1]) <= 12 && Number(hyphened[2]) <= 12 && hyphened[1] !== hyphened[2]) {
      const markerAfter = LEXICON.hourMarkers.at(words, i + 1) ?? LEXICON.meridiem.at(words, i + 1);
      add({ hour: Number(hyphened[1]), minute: 0, at: i, twentyFour: false, anchored: markerAfter !== undefined || near(partHits, i) || near(meridiemHits, i, 1), open: true }, i);
      continue;
    }
    const h = numberAt(tokens, i, exclude);
    if (h === undefined || h > 24 || tokens[i].text.includes('/')) continue;
    const markerNext = LEXICON.hourMarkers.at(words, i + 1) ?? LEXICON.meridiem.at(words, i + 1) ?? LEXICON.twentyFourHour.at(words, i + 1);
    // A bare 24 is no clock: only "24 baje" / "24 hundred" says midnight.
    if (h === 24 && markerNext === undefined) continue;
    // "7 bajne mein 10 minute": ten minutes to seven; the part of the day said belongs to the seven.
    const down = /^(bajne|बजने)$/u.test(words[i + 1] ?? '') && LEXICON.minutesTo.has(words[i + 2] ?? '') ? numberAt(tokens, i + 3, exclude) : undefined;
    if (down !== undefined && down > 0 && down < 60 && h >= 1 && h <= 12) {
      const minuteWord = MINUTE_WORDS.has(words[i + 4] ?? '') ? 1 : 0;
      add({ hour: h === 1 ? 12 : h - 1, minute: 60 - down, at: i, twentyFour: false, anchored: true, onHour: h }, i, i + 1, i + 2, i + 3, ...(minuteWord ? [i + 4] : []));
      i += 3 + minuteWord;
      continue;
    }
    const anchored = markerNext !== undefined || near(partHits, i) || near(meridiemHits, i, 1) || AT.has(tokens[i - 1]?.text ?? '') || near(approxHits, i, 1);
    let minute = 0;
    const afterMarker = i + 1 + (markerNext?.length ?? 0);
    const m = numberAt(tokens, afterMarker, exclude);
    const minuteWord = MINUTE_WORDS.has(tokens[afterMarker + 1]?.text ?? '');
    // "raat 11 12 baje": a number that "baje" follows is an hour of a span, not the minutes.
    const hourOfSpan = m !== undefined && m <= 12 && !tokens[afterMarker].zeroLed && !/^0\d$/.test(tokens[afterMarker].text) && LEXICON.hourMarkers.at(words, afterMarker + 1) !== undefined;
    if (m !== undefined && m < 60 && (minuteWord || (markerNext === undefined && !hourOfSpan && (m >= 10 || /^\d\d$/.test(tokens[afterMarker].text) || tokens[afterMarker].zeroLed)))) {
      minute = m;
      used.add(afterMarker);
      if (minuteWord) used.add(afterMarker + 1);
    } else if (tokens[afterMarker]?.text === 'oh' && numberAt(tokens, afterMarker + 1, exclude) !== undefined) {
      minute = numberAt(tokens, afterMarker + 1, exclude) as number;
      used.add(afterMarker).add(afterMarker + 1);
    }
    const twentyFour = near(twentyFourHits, i, 1) || h === 0 || h > 12;
    // "one oh five p m": the am/pm after the minutes anchors the hour before them.
    const spoken = used.has(afterMarker) && (near(meridiemHits, afterMarker, 1) || near(approxHits, afterMarker, 1));
    // "seven twenty to ...": the number may go on, so the time is not known.
    const open = tokens[i].open || (used.has(afterMarker) && tokens[afterMarker].open);
    add({ hour: h === 24 ? 0 : h, minute, at: i, twentyFour, anchored: anchored || spoken, open }, i);
    if (used.has(afterMarker)) i = Math.max(i, afterMarker);
  }

  // "7 baje... sorry, 8 baje": the clocks after the last correction replace those before it.
  const cue = correctionStarts(tokens).reverse().find((c) => clocks.some((k) => k.at < c) && clocks.some((k) => k.at > c));
  if (cue !== undefined) clocks.splice(0, clocks.length, ...clocks.filter((k) => k.at > cue));
  const anchored = clocks.filter((c) => c.anchored);
  const pool = anchored.length > 0 ? anchored : options.expectingTime && clocks.length === 1 ? clocks : [];
  // Two different times, neither corrected nor joined as a range ("7 baje ... 8 baje"): which one is not known.
  if (new Set(pool.map((c) => `${c.hour}:${c.minute}`)).size > 1) return { reading: { kind: 'range' }, used };
  const clock = pool[0];
  // Whether a phrase stands next to the clock, or to the same clock said again ("at 9 pm, so about 9"), with only
  // words of the time itself ("baje", "shaam", ",") between.
  const governs = (hit: { start: number; length: number }) =>
    pool.some((c) => c.hour === clock.hour && c.minute === clock.minute && governsAt(hit, c));
  const governsAt = (hit: { start: number; length: number }, target: (typeof pool)[number]) => {
    if (hit.start > target.at && LEXICON.hedgesBeforeOnly.has(words.slice(hit.start, hit.start + hit.length).join(' '))) return false;
    const [from, to] = hit.start > target.at ? [target.at + 1, hit.start] : [hit.start + hit.length, target.at];
    return words.slice(from, to).every((w, k) => LEXICON.hedgeGap.has(w) || (used.has(from + k) && !LEXICON.bounds.at(words, from + k)));
  };
  // "before 11", "4 baje ke baad": only one end of the time is known.
  // "after midnight, around 1:30", "sooraj nikalne se pehle, kareeb 5 baje": a bound on something else places the clock.
  const bounds = LEXICON.bounds.all(words).filter((b) => !used.has(b.start + b.length - 1) && !(b.value === 'leading' && LEXICON.dayParts.at(words, b.start + b.length)));
  if (clock && bounds.some((b) => (b.value === 'leading') === b.start < clock.at && governs(b))) return { reading: { kind: 'range' }, used };
  // "just after midnight, 12:20 am": a hedge before a part of the day places the clock said, it does not blur it.
  // "almost the next day", "he says it like that": a word of degree blurs only the clock it stands by.
  const hedges = approxHits.filter(
    (h) => !(RELATIVE_HEDGE.test(words.slice(h.start, h.start + h.length).join(' ')) && LEXICON.dayParts.at(words, h.start + h.length)) && (h.value > 30 || governs(h)),
  );
  const approximate = hedges.length > 0 || (unknownHits.length > 0 && pool.length > 0);
  const uncertainty = Math.max(0, ...hedges.map((h) => h.value), unknownHits.length > 0 ? 60 : 0);
  const hedge = approximate ? { approximate: true, uncertaintyMinutes: uncertainty || 30 } : { approximate: false };
  if (clocks.length > 1 && (pool.length > 0 || options.expectingTime)) {
    const [first, second] = clocks;
    // "5 aur 7 ke beech", "पाँच छह बजे" (one number right after the other): a span, not a time.
    const between = words.slice(first.at + 1, second.at);
    const joined = between.length === 0 || between.some((w) => LEXICON.rangeJoiners.has(w) || w === ',');
    if (joined && `${first.hour}:${first.minute}` !== `${second.hour}:${second.minute}`) return { reading: { kind: 'range' }, used };
  }
  const parts = [...new Set(partHits.map((h) => h.value))];
  if (!clock) {
    // "दोपहर में कभी, ठीक से याद नहीं": the part of the day is known, the hour in it is what is not; the caller asks it.
    if (unknownHits.length > 0 && parts.length === 0) return { reading: { kind: 'unknown' }, used };
    const sure = approxHits.length === 0 && unknownHits.length === 0;
    if (parts.length === 1 && parts[0] === 'noon' && sure) return { reading: { kind: 'time', hhmm: '12:00', approximate: false }, used };
    if (parts.length === 1 && parts[0] === 'midnight' && sure) return { reading: { kind: 'time', hhmm: '00:00', approximate: false }, used };
    // "around midday": noon itself, give or take ("just after noon" places a clock against it; "not sure" doubts it).
    const around = approxHits.length > 0 && approxHits.every((h) => h.value <= 30 && !RELATIVE_HEDGE.test(words.slice(h.start, h.start + h.length).join(' ')));
    if (parts.length === 1 && parts[0] === 'noon' && unknownHits.length === 0 && around) {
      return { reading: { kind: 'time', hhmm: '12:00', approximate: true, uncertaintyMinutes: 30 }, used };
    }
    // "subah ya shaam", "morning or evening, not sure": no part of the day to ask the hour in.
    if (new Set(parts.map((p) => PART_GROUP[p])).size > 1) return { reading: { kind: 'range' }, used };
    if (parts.length >= 1) return { reading: { kind: 'day_part', part: parts[parts.length - 1] }, used };
    return { reading: { kind: 'none' }, used: new Set() };
  }
  if (clock.open) return { reading: { kind: 'range' }, used };
  // "my twin brother was born at 1:40 pm and i came ten minutes after him": the clock said is another person's.
  if (othersBirth(tokens)) return { reading: { kind: 'range' }, used };
  if (clock.hour > 23 || clock.minute > 59) return { reading: { kind: 'invalid' }, used };
  // "3 am or 3 pm", "subah ya shaam": the person does not know which half of the day.
  const halves = eitherOr(words, meridiemHits) ?? eitherOr(words, partHits);
  if (halves && !clock.twentyFour) {
    const hours = halves.map((p) => onDayPart(clock.onHour ?? clock.hour, p));
    if (hours[0] !== undefined && hours[1] !== undefined && hours[0] !== hours[1]) {
      const candidates = hours.map((h) => atHour(clock, h as number)) as [string, string];
      return { reading: { kind: 'ambiguous', candidates, ...hedge }, used };
    }
    return { reading: { kind: 'invalid' }, used };
  }
  const meridiem = meridiemHits.find((h) => Math.abs(h.start - clock.at) <= 2)?.value;
  const part: DayPart | 'am' | 'pm' | undefined = meridiem ?? (parts.length === 1 ? parts[0] : undefined);
  // "subah 8 pm": a day-part that disagrees with am/pm leaves the hour in doubt.
  if (meridiem && clock.hour <= 12 && parts.some((p) => onDayPart(clock.hour, p) !== onDayPart(clock.hour, meridiem))) return { reading: { kind: 'invalid' }, used };
  if (clock.twentyFour || clock.hour === 0 || clock.hour > 12) {
    if (part === 'am' && clock.hour > 12) return { reading: { kind: 'invalid' }, used };
    if ((part === 'morning' || part === 'early_morning') && clock.hour >= 13) return { reading: { kind: 'invalid' }, used };
    return { reading: { kind: 'time', hhmm: hhmm(clock.hour, clock.minute), ...hedge }, used };
  }
  if (parts.length > 1 && !meridiem) {
    const readings = new Set(parts.map((p) => onDayPart(clock.hour, p)).filter((h) => h !== undefined));
    if (readings.size !== 1) return { reading: { kind: 'invalid' }, used };
    return { reading: { kind: 'time', hhmm: hhmm([...readings][0] as number, clock.minute), ...hedge }, used };
  }
  if (part === undefined) {
    const candidates: [string, string] = clock.hour === 12 ? [hhmm(12, clock.minute), hhmm(0, clock.minute)] : [hhmm(clock.hour, clock.minute), hhmm(clock.hour + 12, clock.minute)];
    return { reading: { kind: 'ambiguous', candidates, ...hedge }, used };
  }
  const hour = onDayPart(clock.onHour ?? clock.hour, part);
  if (hour === undefined) return { reading: { kind: 'invalid' }, used };
  return { reading: { kind: 'time', hhmm: atHour(clock, hour), ...hedge }, used };
}

/**
 * Reads a birth time as people say it: "6:45 in the morning", "subah saade paanch baje", "शाम 7 बजे",
 * "raat ke 12 baje", "early morning, maybe 5" (approximate), "1730 hours", "pata nahi" (unknown). A 12-hour time
 * with nothing to tell morning from evening comes back `ambiguous` with both readings.
 */
export function parseTime(text: string): TimeReading {
  return matchTime(withoutDenied(tokenize(text)), { expectingTime: true }).reading;
}

/** "am", "p.m.", "in the morning": which half of the day a short answer names, for a time already asked about. */
export function halfOfDay(text: string): 'am' | 'pm' | undefined {
  const words = texts(tokenize(text));
  const meridiem = new Set(LEXICON.meridiem.all(words).map((h) => h.value));
  return meridiem.size === 1 && words.length <= 3 ? [...meridiem][0] : undefined;
}

/** A clock time moved onto another part of the day ("no wait, evening": 07:00 -> 19:00); undefined if it cannot be. */
export function shiftToDayPart(time: string, part: DayPart): string | undefined {
  const [h, m] = time.split(':').map(Number);
  const twelve = h % 12 === 0 ? 12 : h % 12;
  const hour = onDayPart(twelve, part);
  return hour === undefined ? undefined : hhmm(hour, m);
}
