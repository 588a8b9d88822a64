import { normalizeDegrees } from './signs.js';

/** The 27 nakshatras, AstrologyAPI spelling ("Bharni", "Uttra Shadha", ...), index 0 = Ashwini at 0 deg Aries. */
export const NAKSHATRAS = [
  'Ashwini', 'Bharni', 'Krittika', 'Rohini', 'Mrigshira', 'Ardra', 'Punarvasu', 'Pushya', 'Ashlesha',
  'Magha', 'Purva Phalguni', 'Uttra Phalguni', 'Hasta', 'Chitra', 'Swati', 'Vishakha', 'Anuradha', 'Jyeshtha',
  'Mula', 'Purva Shadha', 'Uttra Shadha', 'Shravan', 'Dhanishta', 'Shatbhisha', 'Purva Bhadrapad',
  'Uttra Bhadrapad', 'Revati',
] as const;
export type NakshatraName = (typeof NAKSHATRAS)[number];

/** Vimshottari lords in order; nakshatra i is ruled by DASHA_LORDS[i % 9]. */
export const DASHA_LORDS = ['Ketu', 'Venus', 'Sun', 'Moon', 'Mars', 'Rahu', 'Jupiter', 'Saturn', 'Mercury'] as const;
export type DashaLord = (typeof DASHA_LORDS)[number];

/** Span of one nakshatra in degrees (13 deg 20'). */
export const NAKSHATRA_SPAN = 360 / 27;

/** Where a sidereal longitude falls among the nakshatras. */
export interface NakshatraPosition {
  /** 0 = Ashwini .. 26 = Revati. */
  index: number;
  name: NakshatraName;
  lord: DashaLord;
  /** Quarter 1..4 (3 deg 20' each). */
  pada: number;
  /** Fraction of the nakshatra already traversed, 0..1. */
  elapsed: number;
}

export function nakshatraOf(longitude: number): NakshatraPosition {
  const x = normalizeDegrees(longitude) / NAKSHATRA_SPAN;
  const index = Math.min(26, Math.floor(x));
  const elapsed = x - index;
  return {
    index,
    name: NAKSHATRAS[index],
    lord: DASHA_LORDS[index % 9],
    pada: Math.min(4, Math.floor(elapsed * 4) + 1),
    elapsed,
  };
}
