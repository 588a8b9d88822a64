import { DASHA_LORDS, type DashaLord, nakshatraOf } from '../zodiac/nakshatras.js';

/** Length of each lord's mahadasha in years. */
export const DASHA_YEARS: Readonly<Record<DashaLord, number>> = {
  Ketu: 7, Venus: 20, Sun: 6, Moon: 10, Mars: 7, Rahu: 18, Jupiter: 16, Saturn: 19, Mercury: 17,
};
/** The Vimshottari cycle, in years. */
const CYCLE_YEARS = 120;
/** A dasha year is 365.25 days (the AstrologyAPI / Swiss-based convention). */
export const DASHA_YEAR_DAYS = 365.25;
const MS_PER_YEAR = DASHA_YEAR_DAYS * 86_400_000;

/** A period, in milliseconds since the Unix epoch (UTC). */
export interface DashaSpan {
  lord: DashaLord;
  startMs: number;
  endMs: number;
}

export interface Mahadasha extends DashaSpan {
  years: number;
}

export interface VimshottariTimeline {
  /** Lord of the Moon's nakshatra: the mahadasha running at birth. */
  startLord: DashaLord;
  /** Part of the birth mahadasha already elapsed at birth, 0..1. */
  elapsedFraction: number;
  /** Years of the birth mahadasha left at birth. */
  balanceYears: number;
  /** Mahadashas from the theoretical start of the birth one, covering at least birth..birth+120 years. */
  mahadashas: Mahadasha[];
}

/**
 * Vimshottari mahadashas from the sidereal Moon. The first is reported from its theoretical start before birth
 * (birth minus the elapsed part), which is how AstrologyAPI and Swiss-based software list it.
 */
export function vimshottari(moonSiderealLongitude: number, birthMs: number, count = 10): VimshottariTimeline {
  const nak = nakshatraOf(moonSiderealLongitude);
  const first = nak.index % 9;
  const startLord = DASHA_LORDS[first];
  const years0 = DASHA_YEARS[startLord];
  let start = birthMs - nak.elapsed * years0 * MS_PER_YEAR;
  const mahadashas: Mahadasha[] = [];
  for (let i = 0; i < count; i++) {
    const lord = DASHA_LORDS[(first + i) % 9];
    const years = DASHA_YEARS[lord];
    const end = start + years * MS_PER_YEAR;
    mahadashas.push({ lord, years, startMs: start, endMs: end });
    start = end;
  }
  return { startLord, elapsedFraction: nak.elapsed, balanceYears: (1 - nak.elapsed) * years0, mahadashas };
}

/** The nine sub-periods of a period, starting with its own lord, each proportional to its lord's years. */
export function subPeriods(period: DashaSpan): DashaSpan[] {
  const length = period.endMs - period.startMs;
  const first = DASHA_LORDS.indexOf(period.lord);
  const out: DashaSpan[] = [];
  let start = period.startMs;
  for (let i = 0; i < 9; i++) {
    const lord = DASHA_LORDS[(first + i) % 9];
    const end = i === 8 ? period.endMs : start + (length * DASHA_YEARS[lord]) / CYCLE_YEARS;
    out.push({ lord, startMs: start, endMs: end });
    start = end;
  }
  return out;
}

/** The maha-, antar- and pratyantardasha running at an instant, or undefined outside the timeline. */
export function periodsAt(
  timeline: VimshottariTimeline,
  atMs: number,
): { major: DashaSpan; minor: DashaSpan; subMinor: DashaSpan } | undefined {
  const major = timeline.mahadashas.find((p) => atMs >= p.startMs && atMs < p.endMs);
  if (!major) return undefined;
  const minor = subPeriods(major).find((p) => atMs >= p.startMs && atMs < p.endMs) ?? subPeriods(major)[8];
  const subMinor = subPeriods(minor).find((p) => atMs >= p.startMs && atMs < p.endMs) ?? subPeriods(minor)[8];
  return { major, minor, subMinor };
}
