import { Kundali, type DashaPeriod } from '@amigo/kundali-fetch';
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
  rising: Sign;
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
  planet: Planet,
  entry: Kundali['planets'][number],
): Placement | undefined {
  const sign = parseSign(entry.sign) ?? signOfLongitude(entry.fullDegree);
  const nakshatra = parseNakshatra(entry.nakshatra) ?? nakshatraOfLongitude(entry.fullDegree);
  const house = entry.house ?? wholeSignHouse(rising, sign);
  const movingBackwards = entry.isRetro ?? (entry.speed !== undefined && entry.speed < 0);
  return { planet, sign, house, nakshatra, retrograde: planet !== 'Rahu' && planet !== 'Ketu' && movingBackwards };
}

function readPeriod(period: DashaPeriod | undefined): RunningPeriod | undefined {
  const planet = parsePlanet(period?.planet);
  if (!planet) return undefined;
  const end = period?.end?.trim();
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
  const rising =
    parseSign(kundali.ascendant) ??
    parseSign(ascendantEntry?.sign) ??
    (ascendantEntry ? signOfLongitude(ascendantEntry.fullDegree) : undefined);
  if (!rising) throw new UnreadableKundaliError('the rising sign is not a recognised zodiac sign');

  const placements: Partial<Record<Planet, Placement>> = {};
  for (const entry of kundali.planets) {
    const planet = parsePlanet(entry.name);
    if (planet && !placements[planet]) placements[planet] = readPlacement(rising, planet, entry);
  }
  const present = PLANETS.flatMap((p) => (placements[p] ? [placements[p]] : []));

  return {
    rising,
    placements,
    retrogrades: present.filter((p) => p.retrograde).map((p) => p.planet),
    emphasizedHouses: emphasis(present),
    mahadasha: readPeriod(kundali.dasha?.major),
    antardasha: readPeriod(kundali.dasha?.minor),
  };
}
