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
  };
}
