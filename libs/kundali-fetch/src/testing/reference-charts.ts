import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One Swiss Ephemeris reference body (public-sample.json form). */
export interface ReferenceBody {
  name: string;
  longitude: number;
  speed: number;
  retrograde: boolean;
  sign?: number;
  nakshatra?: number;
  pada?: number;
  house?: number;
  marginArcsec?: number;
}

export interface ReferencePeriod {
  lord: string;
  start: string;
  end: string;
}

export interface ReferenceCase {
  id: string;
  utcIso: string;
  lat: number;
  lon: number;
  ayanamsa: { lahiriTrue: number; lahiriMean: number } | number;
  ascendant: { longitude: number; sign?: number; nakshatra?: number; pada?: number; marginArcsec?: number };
  planets: ReferenceBody[];
  dasha?: {
    startLord: string;
    balanceYears: number;
    mahadashas: Array<ReferencePeriod & { years: number }>;
    antardashasOfFirst: ReferencePeriod[];
  };
}

const FIXTURES = join(__dirname, 'fixtures');

/** The five public reference charts (Swiss Ephemeris 2.10.03, sidereal Lahiri), kept as a fixture of this library. */
export function loadPublicSample(): ReferenceCase[] {
  return (JSON.parse(readFileSync(join(FIXTURES, 'public-sample.json'), 'utf8')) as { cases: ReferenceCase[] }).cases;
}

/** Signed difference a - b of two angles, in arcminutes, in (-10800, 10800]. */
export function arcminDiff(a: number, b: number): number {
  const d = ((((a - b) % 360) + 540) % 360) - 180;
  return d * 60;
}
