import { Kundali, type DashaPeriod } from '@amigo/contracts';
import { UnreadableKundaliError } from '../errors/profiler-errors.js';
import {
  PLANETS,
  type Nakshatra,
  type Planet,
  type Sign,
  nakshatraOfLongitude,
  parseNakshatra,
  parsePlanet,
  parseSign,
  signOfLongitude,
  wholeSignHouse,
} from './zodiac.js';

export interface Placement {
  planet: Planet;
  sign: Sign;
  house: number;
  nakshatra?: Nakshatra;
  retrograde: boolean;
}

export interface RunningPeriod {
  planet: Planet;
  end?: string;
}

/**
 * What the birth time leaves open, from the kundali's `time_sensitivity` (and its reliability flags): never to be
 * stated as fact. Lists hold every value possible within the window of birth times.
 */
export interface TimeUncertainty {
  /** `unknown_time`: cast for noon; `approximate_time`: +/- `minutesEitherSide`; `polar`: the ascendant is unusable. */
  basis: 'unknown_time' | 'approximate_time' | 'polar';
  minutesEitherSide?: number;
  /** The cast chart's rising sign and the signs possible within the window. */
  castRising?: Sign;
  risingOptions: Sign[];
  moonSigns: Sign[];
  moonNakshatras: Nakshatra[];
  /** Whole-sign houses from the ascendant that each body can occupy within the window. */
  houseOptions: Partial<Record<Planet, number[]>>;
  /** How far the dasha dates can move either way, in days. */
  dashaShiftDays?: number;
  runningMahadashas: Planet[];
}

/** The chart reduced to the factors the profile is read from, whatever shape or era the kundali came in. */
export interface ChartFacts {
  /** The sign counted as the 1st house: the ascendant, or the Moon's sign when the birth time is unknown. */
  rising: Sign;
  /**
   * `ascendant` normally. `moon` when the writer flagged the ascendant unreliable (birth time unknown): the chart
   * is then read from the Moon's sign as the 1st house (Chandra lagna), the classical practice in that case.
   */
  lagna: 'ascendant' | 'moon';
  /** False when the dasha dates were computed from a guessed birth time and may be off by years. */
  dashaReliable: boolean;
  placements: Partial<Record<Planet, Placement>>;
  /** Planets (not the nodes, which always move backwards) that were retrograde at birth, in canonical order. */
  retrogrades: Planet[];
  /** Houses holding three or more bodies, else the single most occupied house when it holds two; fullest first. */
  emphasizedHouses: { house: number; planets: Planet[] }[];
  mahadasha?: RunningPeriod;
  antardasha?: RunningPeriod;
  /** Present when the birth time (or the latitude) leaves parts of the chart open. */
  uncertainty?: TimeUncertainty;
}

function readPlacement(
  rising: Sign,
  trustHouses: boolean,
  planet: Planet,
  entry: Kundali['planets'][number],
): Placement {
  const sign = parseSign(entry.sign) ?? signOfLongitude(entry.fullDegree);
  const nakshatra = parseNakshatra(entry.nakshatra) ?? nakshatraOfLongitude(entry.fullDegree);
  const house = (trustHouses ? entry.house : undefined) ?? wholeSignHouse(rising, sign);
  const movingBackwards = entry.isRetro ?? (entry.speed !== undefined && entry.speed < 0);
  return { planet, sign, house, nakshatra, retrograde: planet !== 'Rahu' && planet !== 'Ketu' && movingBackwards };
}

/** The calendar date of an ISO 8601 instant (local engine) or of "D-M-YYYY H:M" (AstrologyAPI). */
function dateOf(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  return /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? trimmed.slice(0, 10) : trimmed.split(/\s+/)[0];
}

function readPeriod(period: DashaPeriod | undefined): RunningPeriod | undefined {
  const planet = parsePlanet(period?.planet);
  if (!planet) return undefined;
  const end = dateOf(period?.end);
  return end ? { planet, end } : { planet };
}

const list = <T>(values: unknown, parse: (v: string) => T | undefined): T[] =>
  Array.isArray(values) ? [...new Set(values.flatMap((v) => (typeof v === 'string' ? (parse(v) ?? []) : [])))] : [];

function uncertaintyOf(kundali: Kundali, castRising: Sign | undefined): TimeUncertainty | undefined {
  const ts = kundali.time_sensitivity;
  const notes = kundali.reliability?.notes ?? [];
  const polar = notes.some((n) => n.includes('polar'));
  if (!ts && !polar && kundali.reliability?.ascendant !== false) return undefined;
  const houseOptions: Partial<Record<Planet, number[]>> = {};
  for (const [name, houses] of Object.entries(ts?.planet_houses ?? {})) {
    const planet = parsePlanet(name);
    if (planet) houseOptions[planet] = houses;
  }
  const basis = ts?.basis ?? (polar ? 'polar' : 'unknown_time');
  return {
    basis,
    ...(ts?.window.minutes_either_side === undefined ? {} : { minutesEitherSide: ts.window.minutes_either_side }),
    ...(castRising ? { castRising } : {}),
    risingOptions: list(ts?.ascendant_signs, parseSign),
    moonSigns: list(ts?.moon_signs, parseSign),
    moonNakshatras: list(ts?.moon_nakshatras, parseNakshatra),
    houseOptions,
    ...(ts ? { dashaShiftDays: ts.dasha_shift_days } : {}),
    runningMahadashas: list(ts?.running_mahadashas, parsePlanet),
  };
}

function emphasis(placements: Placement[]): ChartFacts['emphasizedHouses'] {
  const byHouse = new Map<number, Planet[]>();
  for (const p of placements) byHouse.set(p.house, [...(byHouse.get(p.house) ?? []), p.planet]);
  const ranked = [...byHouse.entries()]
    .map(([house, planets]) => ({ house, planets }))
    .sort((a, b) => b.planets.length - a.planets.length || a.house - b.house);
  const stelliums = ranked.filter((h) => h.planets.length >= 3);
  if (stelliums.length > 0) return stelliums;
  return ranked.length > 0 && ranked[0].planets.length === 2 && (ranked.length < 2 || ranked[1].planets.length < 2)
    ? [ranked[0]]
    : [];
}

function withUncertainty(u: TimeUncertainty | undefined): { uncertainty?: TimeUncertainty } {
  return u ? { uncertainty: u } : {};
}

/**
 * Reads a kundali as the chart engine, AstrologyAPI or the Python service wrote it. Missing bodies are simply
 * absent from `placements`; only a kundali without a readable rising sign or any body is unusable. Values are
 * validated here, not trusted from the type, because stored Python-era JSON reaches this point unparsed.
 */
export function readChartFacts(input: unknown): ChartFacts {
  const parsed = Kundali.safeParse(input);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    throw new UnreadableKundaliError(`the kundali does not have the expected shape (at ${where})`);
  }
  const kundali = parsed.data;
  const ascendantEntry = kundali.planets.find((p) => parsePlanet(p.name) === undefined && /asc|lagna/i.test(p.name));
  const moonEntry = kundali.planets.find((p) => parsePlanet(p.name) === 'Moon');
  const moonSign = moonEntry && (parseSign(moonEntry.sign) ?? signOfLongitude(moonEntry.fullDegree));
  const lagna = kundali.reliability?.ascendant === false && moonSign ? 'moon' : 'ascendant';
  const rising =
    (lagna === 'moon' ? moonSign : undefined) ??
    parseSign(kundali.ascendant) ??
    parseSign(ascendantEntry?.sign) ??
    (ascendantEntry ? signOfLongitude(ascendantEntry.fullDegree) : undefined);
  if (!rising) throw new UnreadableKundaliError('the rising sign is not a recognised zodiac sign');

  const placements: Partial<Record<Planet, Placement>> = {};
  for (const entry of kundali.planets) {
    const planet = parsePlanet(entry.name);
    if (planet && !placements[planet]) placements[planet] = readPlacement(rising, lagna === 'ascendant', planet, entry);
  }
  const present = PLANETS.flatMap((p) => (placements[p] ? [placements[p]] : []));

  return {
    rising,
    lagna,
    dashaReliable: kundali.reliability?.dasha_start !== false,
    placements,
    retrogrades: present.filter((p) => p.retrograde).map((p) => p.planet),
    emphasizedHouses: emphasis(present),
    mahadasha: readPeriod(kundali.dasha?.major),
    antardasha: readPeriod(kundali.dasha?.minor),
    ...withUncertainty(uncertaintyOf(kundali, parseSign(kundali.ascendant) ?? parseSign(ascendantEntry?.sign))),
  };
}
