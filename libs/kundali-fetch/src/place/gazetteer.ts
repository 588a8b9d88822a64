import { devanagariKey, hasDevanagari, latinKey, readingsOf, skeletonKey, transliterate } from './place-text.js';

/** One populated place of the gazetteer. */
export interface GazetteerPlace {
  /** The name to show: the current official name where the curated list has one, else GeoNames'. */
  name: string;
  country: string;
  admin1: string;
  population: number;
  latitude: number;
  longitude: number;
  /** A capital or district-level seat (GeoNames PPLC/PPLA/PPLA2). */
  seat: boolean;
}

export interface SkeletonEntry {
  place: GazetteerPlace;
  /** The Latin name (or romanised Hindi name) the skeleton was made from. */
  latin: string;
}

/** A first-level region (state, province) a speaker may name, with the present-day regions it covered. */
export interface GazetteerRegion {
  name: string;
  country: string;
  /** `country.admin1` codes of the region and of those it included (a former state name covers its successors). */
  codes: string[];
  /** A region known by name within first-level ones ("Malwa", "Surrey"), whose `codes` are those it lies in. */
  part?: boolean;
}

export interface Gazetteer {
  /** Latin keys ("mumbai", "bombay"), Devanagari keys and transliterations of Devanagari names → places. */
  byName: Map<string, GazetteerPlace[]>;
  /** Consonant skeletons of the names of larger places and of the curated names, with the name each came from. */
  bySkeleton: Map<string, SkeletonEntry[]>;
  /** Places reached through a curated alias: these win over a region of the same name. */
  curated: Set<string>;
  regions: Map<string, GazetteerRegion[]>;
  regionNames: Map<string, string>;
  countries: Map<string, string>;
  fillers: Set<string>;
  corrections: Set<string>;
  /** Phrases (as name keys, space-joined) that make the town after ("near X") or before ("X ke paas") a landmark. */
  landmarks: { before: string[][]; after: string[][] };
  /** Words after a town that make it the district the birthplace lies in ("Gorakhpur district", "Rewari zile"). */
  districts: string[][];
  /** Phrases by which a person born near a town takes that town as their answer ("Moga hi likh lo"). */
  acceptances: string[][];
  /** Phrases by which the person doubts the place they name ("pakka nahi pata", "shayad"). */
  uncertain: string[][];
  /** Words for a birth on the way ("on the ship", "ट्रेन में"): no town named is the birthplace for sure. */
  transit: Set<string>;
  /** Words that offer two answers as either-or ("ya", "or"). */
  alternatives: Set<string>;
  /** Words that deny the state or country beside them ("not the UK one", "UK wala nahi"). */
  negations: { before: Set<string>; after: Set<string>; joiners: Set<string> };
  /** Metropolitan regions of several cities ("NCR", "Bay Area"), by name key, with their main cities. */
  areas: Map<string, GazetteerArea>;
  zones: Map<string, string>;
  /** Towns of at least {@link LANDMARK_TOWN_POPULATION}, to tell namesakes of one state apart ("Rampur, near Saharanpur"). */
  towns: GazetteerPlace[];
}

export interface GazetteerArea {
  name: string;
  places: GazetteerPlace[];
}

interface GazetteerFile {
  regions: Record<string, string>;
  cities: [string, string, string, number, number, number, 0 | 1, string][];
}

interface CuratedPlace {
  official: string;
  gazetteer?: string;
  country: string;
  admin1?: string;
  latitude?: number;
  longitude?: number;
  population?: number;
  aka: string[];
}

interface PlaceNamesFile {
  places: CuratedPlace[];
  shown: { gazetteer: string; country: string; admin1: string; name: string }[];
  regions: { name: string; country: string; covers?: string[]; aka: string[] }[];
  parts: { name: string; country: string; within: string[]; aka: string[] }[];
  countries: Record<string, string>;
  fillers: string[];
  corrections: string[];
  landmarks: { before: string[]; after: string[] };
  districts: string[];
  acceptances: string[];
  uncertain: string[];
  transit: string[];
  alternatives: string[];
  negations: { before: string[]; after: string[]; joiners: string[] };
  areas: { name: string; country: string; aka: string[]; cities: string[] }[];
  zones: Record<string, string>;
}

// Resolved relative to this module, in src/ as in dist/; a variable keeps the compiler from inlining 3 MB of JSON.
const GAZETTEER_FILE = '../../data/gazetteer.json';
const PLACE_NAMES_FILE = '../../data/place-names.json';
/** Places whose names also get a spelling-tolerant key: South Asia, where spellings vary most, and large cities. */
const SKELETON_COUNTRIES = new Set(['IN', 'PK', 'BD', 'NP', 'LK']);
const SKELETON_MIN_POPULATION = 100_000;
/** Towns this large are known well enough to place a smaller one by. */
const LANDMARK_TOWN_POPULATION = 100_000;
/** A town this large that bears a name as its own keeps it, even when the name is another town's former one. */
const BEARER_POPULATION = 10_000;

let loading: Promise<Gazetteer> | undefined;

export function nameKey(name: string): string {
  return hasDevanagari(name) ? devanagariKey(name) : latinKey(name);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * GeoNames files a few South Asian towns as "X City" to tell them from their district ("Gonda City"); people and
 * the town itself say "X", which is also among its alternate names.
 */
function shownName(name: string, country: string, alternates: string): string {
  const bare = / City$/.exec(name) && SKELETON_COUNTRIES.has(country) ? name.slice(0, -' City'.length) : undefined;
  return bare && alternates.split('|').includes(latinKey(bare)) ? bare : name;
}

function build(file: GazetteerFile, names: PlaceNamesFile): Gazetteer {
  const byName = new Map<string, GazetteerPlace[]>();
  const bySkeleton = new Map<string, SkeletonEntry[]>();
  const curated = new Set<string>();
  const byPrimary = new Map<string, GazetteerPlace[]>();
  const addKeys = (place: GazetteerPlace, name: string, skeleton: boolean): void => {
    const key = nameKey(name);
    push(byName, key, place);
    const latin = hasDevanagari(name) ? transliterate(name) : key;
    if (latin !== key) push(byName, latin, place);
    if (skeleton && latin.replace(/\s/g, '').length >= 4) push(bySkeleton, skeletonKey(latin), { place, latin: latin.replace(/\s/g, '') });
  };
  const towns: GazetteerPlace[] = [];
  const renamed = new Map(names.shown.map((s) => [`${s.gazetteer}|${s.country}|${s.admin1}`, s.name]));
  for (const [name, country, admin1, population, latitude, longitude, seat, alternates] of file.cities) {
    const shown = renamed.get(`${name}|${country}|${admin1}`) ?? shownName(name, country, alternates);
    const place: GazetteerPlace = { name: shown, country, admin1, population, latitude, longitude, seat: seat === 1 };
    if (population >= LANDMARK_TOWN_POPULATION) towns.push(place);
    const skeleton = SKELETON_COUNTRIES.has(country) || population >= SKELETON_MIN_POPULATION;
    push(byPrimary, `${latinKey(name)}|${country}`, place);
    addKeys(place, name, skeleton);
    for (const alt of alternates ? alternates.split('|') : []) addKeys(place, alt, skeleton);
  }
  for (const entry of names.places) {
    let place: GazetteerPlace | undefined;
    if (entry.latitude !== undefined && entry.longitude !== undefined) {
      place = {
        name: entry.official, country: entry.country, admin1: entry.admin1 ?? '', population: entry.population ?? 0,
        latitude: entry.latitude, longitude: entry.longitude, seat: false,
      };
    } else {
      const matches = (byPrimary.get(`${latinKey(entry.gazetteer ?? entry.official)}|${entry.country}`) ?? [])
        .filter((p) => entry.admin1 === undefined || p.admin1 === entry.admin1)
        .sort((a, b) => b.population - a.population);
      place = matches[0];
      if (!place) continue;
      place.name = entry.official;
    }
    for (const name of [entry.official, ...entry.aka]) {
      const key = nameKey(name);
      curated.add(key);
      const latin = hasDevanagari(name) ? transliterate(name) : key;
      curated.add(latin);
      // A curated name means this place in its country: namesakes there are dropped and those abroad kept for the
      // prior, except a town there that bears as its own a name this place only used to bear ("Aurangabad" is also
      // the Bihar district town, while the Maharashtra city is now Chhatrapati Sambhajinagar).
      const namesakes = [...new Set([...(byName.get(key) ?? []), ...(byName.get(latin) ?? [])])];
      for (const k of new Set([key, latin])) {
        const others = namesakes.filter(
          (p) => p !== place && (p.country !== place.country || (!bearsName(place, k) && bearsName(p, k) && p.population >= BEARER_POPULATION)),
        );
        byName.set(k, [place, ...others]);
      }
      if (latin.replace(/\s/g, '').length >= 4) push(bySkeleton, skeletonKey(latin), { place, latin: latin.replace(/\s/g, '') });
    }
  }
  const areas = new Map<string, GazetteerArea>();
  for (const entry of names.areas) {
    const places = entry.cities.flatMap((city) => (byName.get(nameKey(city)) ?? []).filter((p) => p.country === entry.country).sort((a, b) => b.population - a.population).slice(0, 1));
    for (const alias of [entry.name, ...entry.aka]) areas.set(nameKey(alias), { name: entry.name, places });
  }
  const regionNames = new Map(Object.entries(file.regions));
  const codeOf = new Map<string, string>();
  for (const [code, name] of regionNames) codeOf.set(`${latinKey(name)}|${code.split('.')[0]}`, code);
  const regions = new Map<string, GazetteerRegion[]>();
  for (const [code, name] of regionNames) push(regions, latinKey(name), { name, country: code.split('.')[0], codes: [code] });
  for (const entry of names.regions) {
    const own = codeOf.get(`${latinKey(entry.name)}|${entry.country}`);
    if (!own) continue;
    const covered = (entry.covers ?? []).flatMap((n) => codeOf.get(`${latinKey(n)}|${entry.country}`) ?? []);
    const region: GazetteerRegion = { name: entry.name, country: entry.country, codes: [own, ...covered] };
    for (const alias of [entry.name, ...entry.aka]) {
      const key = nameKey(alias);
      const list = (regions.get(key) ?? []).filter((r) => !(r.country === region.country && r.codes[0] === own));
      regions.set(key, [region, ...list]);
      if (hasDevanagari(alias)) push(regions, transliterate(alias), region);
      else if (key.length >= 5) push(regions, `~${skeletonKey(key)}`, region);
    }
  }
  for (const entry of names.parts) {
    const codes = entry.within.flatMap((n) => codeOf.get(`${latinKey(n)}|${entry.country}`) ?? []);
    if (codes.length === 0) continue;
    const region: GazetteerRegion = { name: entry.name, country: entry.country, codes, part: true };
    for (const alias of [entry.name, ...entry.aka]) {
      push(regions, nameKey(alias), region);
      if (hasDevanagari(alias)) for (const reading of readingsOf(alias)) push(regions, reading, region);
    }
  }
  for (const [key, list] of [...regions]) {
    if (key.startsWith('~')) continue;
    if (key.length >= 5) for (const r of list) push(regions, `~${skeletonKey(key)}`, r);
  }
  const countries = new Map<string, string>();
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const hindi = new Intl.DisplayNames(['hi'], { type: 'region' });
  for (const code of new Set(Object.keys(file.regions).map((c) => c.split('.')[0]))) {
    for (const display of [english, hindi]) {
      try {
        const n = display.of(code);
        if (n && n !== code) countries.set(nameKey(n), code);
      } catch {
        continue;
      }
    }
  }
  for (const [alias, code] of Object.entries(names.countries)) countries.set(nameKey(alias), code);
  return {
    byName, bySkeleton, curated, regions, regionNames, countries,
    fillers: new Set(names.fillers.map(nameKey)),
    corrections: new Set(names.corrections.map(nameKey)),
    alternatives: new Set(names.alternatives.map(nameKey)),
    acceptances: names.acceptances.map((phrase) => phrase.split(/\s+/).map(nameKey)),
    uncertain: names.uncertain.map((phrase) => phrase.split(/\s+/).map(nameKey)),
    transit: new Set(names.transit.map(nameKey)),
    districts: names.districts.map((phrase) => phrase.split(/\s+/).map(nameKey)),
    negations: {
      before: new Set(names.negations.before.map(nameKey)),
      after: new Set(names.negations.after.map(nameKey)),
      joiners: new Set(names.negations.joiners.map(nameKey)),
    },
    areas,
    landmarks: {
      before: names.landmarks.before.map((phrase) => phrase.split(/\s+/).map(nameKey)),
      after: names.landmarks.after.map((phrase) => phrase.split(/\s+/).map(nameKey)),
    },
    zones: new Map(Object.entries(names.zones)),
    towns,
  };
}

/**
 * Whether a place's own name (not a former or alternate one) is the name key said; a Devanagari key compares by
 * its romanised skeleton ("औरंगाबाद" is Aurangabad).
 */
export function bearsName(place: GazetteerPlace, key: string): boolean {
  return hasDevanagari(key) ? skeletonKey(place.name) === skeletonKey(transliterate(key)) : latinKey(place.name) === key;
}

/** Two entries within ~15 km: the same town listed twice (a city and its municipal corporation). */
export function near(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): boolean {
  return Math.abs(a.latitude - b.latitude) < 0.14 && Math.abs(a.longitude - b.longitude) < 0.14;
}

/**
 * The gazetteer (GeoNames cities500, CC BY 4.0, built by `nx run kundali-fetch:gazetteer`) and the curated names,
 * loaded and indexed once per process on first use.
 */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= (async () => {
    const [{ default: file }, { default: names }] = await Promise.all([
      import(GAZETTEER_FILE, { with: { type: 'json' } }) as Promise<{ default: GazetteerFile }>,
      import(PLACE_NAMES_FILE, { with: { type: 'json' } }) as Promise<{ default: PlaceNamesFile }>,
    ]);
    return build(file, names);
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Loads and indexes the gazetteer now, so that the first person's answer does not wait for it (a worker calls
 * this in its prewarm). Safe to call more than once.
 */
export async function preloadGazetteer(): Promise<void> {
  await loadGazetteer();
}
