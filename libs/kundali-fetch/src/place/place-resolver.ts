import tzLookup from '@photostructure/tz-lookup';
import { AmbiguousPlaceError, type PlaceCandidate, PlaceNotFoundError, PlaceTooVagueError, type PlaceRegion } from '../errors/kundali-error.js';
import { bearsName, type Gazetteer, type GazetteerArea, type GazetteerPlace, type GazetteerRegion, loadGazetteer, nameKey, near, type SkeletonEntry } from './gazetteer.js';
import { hasDevanagari, latinKey, readingsOf, skeletonKey, transliterate } from './place-text.js';

/** A successful resolution: the chosen place and the other places of that name (best first). */
export interface ResolvedPlace {
  kind: 'resolved';
  place: PlaceCandidate;
  alternatives: PlaceCandidate[];
}

/** Several places fit comparably well: ask which one, from `candidates` (best first). */
export interface AmbiguousPlace {
  kind: 'ambiguous';
  candidates: PlaceCandidate[];
  /**
   * Why beyond a choice of places: 'near' when the person was born near the town named ("a village near Nashik",
   * "dilli ke paas ek gaon"), not in it: ask for their village or town, offering the candidate as close enough for
   * the chart when they do not know its name.
   */
  reason?: 'near';
}

/** Only a state, province or country was named ("Kerala", "UP", "Canada"): ask for the town. */
export interface RegionOnlyPlace {
  kind: 'region';
  region: PlaceRegion;
}

/** The answer names no place at all ("yes", "the 16th", "a village, I don't remember"): ask again. */
export interface VaguePlace {
  kind: 'vague';
}

/**
 * What a place answer resolves to. Only `resolved` carries coordinates; every other outcome is meant to be asked
 * back to the person.
 */
export type PlaceResolution = ResolvedPlace | AmbiguousPlace | RegionOnlyPlace | VaguePlace;

export interface ResolvePlaceOptions {
  /** Maximum number of candidates/alternatives returned (default 5). */
  limit?: number;
  /**
   * The best match wins outright when its weighted population is at least this many times that of the next
   * place in another country (default 3: "Vancouver" is Vancouver, Canada; "Cambridge" needs a country).
   */
  dominance?: number;
  /**
   * ISO 3166 code of the country the person most likely means (see `userCountryFrom`); its places count
   * `homeWeight` times their population. Default 'IN'.
   */
  userCountry?: string;
  /** Weight of the user's country (default 10: "Kochi" is Kochi, Kerala, for a person in India). */
  homeWeight?: number;
}

interface Token {
  key: string;
  upper: boolean;
  filler: boolean;
  correction: boolean;
  number: boolean;
  /** Punctuation stands between it and the word before ("Mumbai, Pune"). */
  broken: boolean;
}

type Span =
  | {
      kind: 'city';
      start: number;
      end: number;
      places: GazetteerPlace[];
      key?: string;
      /**
       * How a name was guessed from a spelling: `close` a letter in five off a name, `frame` (Hindi) its consonants
       * the name's and that close, `consonants` (Hindi) its consonants the name's alone, `loose` only alike.
       */
      fuzzy?: 'close' | 'frame' | 'consonants' | 'loose';
      said?: string;
      /** For a Hindi name: the Latin spelling each place was found under (its own name, or a reading of the Hindi). */
      readings?: Map<GazetteerPlace, string>;
      /** Regions known by the same name ("Surrey": the English county, besides the town in British Columbia). */
      alsoRegion?: GazetteerRegion[];
    }
  | { kind: 'region'; start: number; end: number; regions: GazetteerRegion[] }
  | { kind: 'country'; start: number; end: number; country: string }
  | { kind: 'area'; start: number; end: number; area: GazetteerArea };

const TOKEN = /[\u0900-\u097f]+|[\p{L}\p{N}][\p{L}\p{N}&'\u2019.-]*/gu;
const MAX_SPAN = 4;
/** How far (in degrees, about 110 km) a larger town may lie to tell a namesake by. */
const LANDMARK_TOWN_DEGREES = 1;
const CORRECTIONS = new Set(['sorry', 'actually', 'mean', 'matlab', 'मतलब']);
/**
 * Same-country namesakes above this population are worth asking about unless one is a dozen times the other: the
 * smaller one still counts at a tenth of the larger (Rampur, UP, 296,000, and Rampur near Saharanpur, 26,000).
 */
const NAMESAKE_POPULATION = 10_000;
const NAMESAKE_DOMINANCE = 12;
/** Edits allowed per letter for a misspelling to count as the name (one in five: "Muzzafarpur", "patana"). */
const CLOSE_SPELLING = 0.2;
/** A town abroad named bare, with no country or state, is taken only when it is this large ("Bolo" may be "bolo"). */
const BARE_FOREIGN_POPULATION = 100_000;
/** A city this large is meant by its name rather than a region abroad of the same name. */
const CITY_OVER_REGION = 100_000;
/** A town abroad this large is taken from a spelling a letter or so off its name. */
const FORGIVEN_ABROAD = 1_000_000;
/** A sound-alike key this short matches towns that do not sound alike at all. */
const SOUND_ALIKE_MIN_KEY = 4;
/** Two towns named in one answer this far apart in latitude or longitude (about 50 km) are two different answers. */
const APART_DEGREES = 0.45;
/** A town this far in latitude or longitude (about 100 km) from a main city of a named area lies in it. */
const AREA_DEGREES = 1;
/** "not the one in England": how many words a "not" reaches forward to the state or country it denies. */
const DENIAL_REACH = 4;

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string): string {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function tokenize(text: string, g: Gazetteer): Token[] {
  let end = 0;
  return [...text.matchAll(TOKEN)].map((match) => {
    const [raw] = match;
    const key = nameKey(raw);
    const broken = /\S/.test(text.slice(end, match.index));
    end = match.index + raw.length;
    return {
      broken,
      key,
      upper: /^[A-Z]{2}$/.test(raw),
      filler: g.fillers.has(key) || key === '',
      correction: CORRECTIONS.has(key),
      number: /^\d+(st|nd|rd|th)?$/.test(key),
    };
  });
}

function lookupsOf(key: string): string[] {
  return hasDevanagari(key) ? [key, ...readingsOf(key)] : [key];
}

/** The longest known name starting at token `i`, or undefined. */
function matchAt(tokens: Token[], i: number, g: Gazetteer, userCountry: string): Span | undefined {
  if (tokens[i].filler || tokens[i].number) return undefined;
  for (let n = Math.min(MAX_SPAN, tokens.length - i); n >= 1; n--) {
    const joined = tokens.slice(i, i + n).map((t) => t.key).join(' ');
    const end = i + n;
    // A Hindi name is read every likely way and the towns of all readings kept, to be weighed by prominence.
    const readings = new Map<GazetteerPlace, string>();
    for (const key of lookupsOf(joined)) {
      const area = g.areas.get(key);
      if (area) return { kind: 'area', start: i, end, area };
      const places = g.byName.get(key) ?? [];
      const regions = g.regions.get(key) ?? [];
      const country = g.countries.get(key);
      if (places.length > 0 && g.curated.has(key)) return { kind: 'city', start: i, end, places, key };
      // A region or country of that name wins over towns elsewhere that share it ("Goa", "Punjab", "California"),
      // not over its own namesake town ("Dubai", "Delhi", "Singapore").
      const inside = (p: GazetteerPlace) =>
        regions.some((r) => r.codes.includes(`${p.country}.${p.admin1}`)) || p.country === country;
      if (regions.length > 0 || country) {
        const own = places.filter((p) => inside(p) && nameKey(p.name) === key);
        if (own.length > 0) return { kind: 'city', start: i, end, places: own, key };
        // A region abroad that shares its name with a city ("Manchester", a parish of Jamaica): the city is meant.
        const city = places.filter((p) => nameKey(p.name) === key && p.population >= CITY_OVER_REGION);
        if (!country && city.length > 0 && regions.every((r) => r.country !== userCountry)) {
          const known = regions.filter((r) => r.part);
          return { kind: 'city', start: i, end, places: city, key, ...(known.length > 0 ? { alsoRegion: known } : {}) };
        }
        return regions.length > 0
          ? { kind: 'region', start: i, end, regions }
          : { kind: 'country', start: i, end, country: country as string };
      }
      if (places.length > 0 && !hasDevanagari(joined)) return { kind: 'city', start: i, end, places, key };
      // A reading is a guess at the spelling: it stands for the towns that bear it as their own name, if any do
      // (not Banka, whose alternate names include Bhagalpur).
      const own = hasDevanagari(key) ? places : places.filter((p) => latinKey(p.name) === key);
      for (const p of own.length > 0 ? own : places) {
        // The Hindi name of one town (from GeoNames) stands for its Latin name, which its namesakes share.
        const reading = hasDevanagari(key) ? latinKey(p.name) : key;
        for (const q of hasDevanagari(key) ? (g.byName.get(reading) ?? [p]) : [p]) if (!readings.has(q)) readings.set(q, reading);
      }
    }
    if (readings.size > 0) return { kind: 'city', start: i, end, places: [...readings.keys()], key: joined, readings };
  }
  for (let n = Math.min(2, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (words.some((t) => t.filler || t.number)) continue;
    const latin = words.map((t) => (hasDevanagari(t.key) ? transliterate(t.key) : t.key)).join('');
    if (latin.length < 4) continue;
    const skeleton = skeletonKey(latin);
    // Two letters of skeleton match too much ("urai" would meet the Swiss canton Uri).
    if (skeleton.length < 3) continue;
    const entries = g.bySkeleton.get(skeleton) ?? [];
    if (entries.length > 0) {
      // Of the names sharing the skeleton, those spelled closest to what was said.
      const distances = entries.map((e) => editDistance(latin, e.latin));
      const closest = Math.min(...distances);
      const places = [...new Set(entries.filter((_, k) => distances[k] === closest).map((e) => e.place))];
      // Only a spelling a letter or so off a known name is taken for it; a looser likeness is asked about.
      const hindi = words.some((t) => hasDevanagari(t.key));
      const close = closest <= Math.max(1, Math.floor(CLOSE_SPELLING * latin.length));
      const frame = hindi && consonantFrame(latin).length >= 3 && entries.some((e, k) => distances[k] === closest && consonantFrame(e.latin) === consonantFrame(latin));
      const fuzzy = frame ? (close ? 'frame' : 'consonants') : close ? 'close' : 'loose';
      return { kind: 'city', start: i, end: i + n, places, fuzzy, said: latin };
    }
    const regions = g.regions.get(`~${skeleton}`) ?? [];
    if (regions.length > 0) return { kind: 'region', start: i, end: i + n, regions };
  }
  return undefined;
}

/**
 * The consonants of a romanised name in order, with the letters Hindi spelling and its romanisation trade freely
 * (v/w, h of aspiration, y between vowels, doubled letters) evened out: "ग्वालियर" (gvaliyar) and Gwalior share one,
 * "सासाराम" (sasaram) and Seram do not.
 */
function consonantFrame(latin: string): string {
  return latin.replace(/w/g, 'v').replace(/(.)\1+/g, '$1').replace(/h/g, '').replace(/[aeiouy]/g, '');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Towns any of whose names is spoken as `key` is: the same first sound, the same consonants in the same order, and a final vowel or none,
 * once spelling habits are evened out ("Berhampur": Brahmapur, Odisha and Baharampur, West Bengal; "Amravati" and
 * "Amaravati"; not "Burhanpur", not "Rampura" for "Rampur").
 */
function soundAlikes(key: string, g: Gazetteer, bestName?: string): GazetteerPlace[] {
  const latin = (hasDevanagari(key) ? readingsOf(key)[0] : key).replace(/\s/g, '');
  const sound = soundKey(latin);
  if (sound.replace('*', '').length < SOUND_ALIKE_MIN_KEY) return [];
  const entries = g.bySkeleton.get(skeletonKey(latin)) ?? [];
  // A town filed under the very name of the best match (Banka, among whose alternate names is Bhagalpur) is not a
  // name spoken alike.
  const borrowed = (e: SkeletonEntry) => bestName !== undefined && e.latin === bestName && latinKey(e.place.name) !== bestName;
  return [...new Set(entries.filter((e) => soundKey(e.latin) === sound && !borrowed(e)).map((e) => e.place))].sort((a, b) => b.population - a.population);
}

/** How a name sounds, for telling towns apart: its first sound (an h spoken there counts), its consonants, its end. */
function soundKey(latin: string): string {
  return (/^[aeiou]/.test(latin) ? '*' : latin.charAt(0)) + consonantFrame(latin.slice(1)) + (/[aeiou]$/.test(latin) ? '*' : '');
}

function toCandidate(p: GazetteerPlace, g: Gazetteer): PlaceCandidate {
  const region = g.regionNames.get(`${p.country}.${p.admin1}`);
  const country = countryName(p.country);
  return {
    name: p.name,
    countryCode: p.country,
    country,
    ...(region ? { region } : {}),
    latitude: p.latitude,
    longitude: p.longitude,
    population: p.population,
    timeZone: tzLookup(p.latitude, p.longitude),
    label: [p.name, region, country].filter(Boolean).join(', '),
  };
}

function regionOf(span: Span, userCountry: string, g: Gazetteer): PlaceRegion {
  if (span.kind === 'country') return { level: 'country', name: countryName(span.country), countryCode: span.country, country: countryName(span.country) };
  const regions = span.kind === 'region' ? span.regions : [];
  const r = regions.find((x) => x.country === userCountry) ?? regions[0];
  const name = r.name || (g.regionNames.get(r.codes[0]) ?? r.codes[0]);
  return { level: 'region', name, countryCode: r.country, country: countryName(r.country) };
}

function qualifies(p: GazetteerPlace, q: Span | Token): boolean {
  if ('key' in q) return p.admin1.toLowerCase() === q.key;
  if (q.kind === 'country') return p.country === q.country;
  if (q.kind === 'region') return q.regions.some((r) => r.codes.includes(`${p.country}.${p.admin1}`));
  return true;
}

/** Whether a region lies in the state or country given with it ("Surrey, England"). */
function regionFits(r: GazetteerRegion, q: Span | Token): boolean {
  if ('key' in q || q.kind === 'city' || q.kind === 'area') return true;
  if (q.kind === 'country') return q.country === r.country;
  return q.regions.some((x) => x.codes.some((c) => r.codes.includes(c)));
}

/**
 * Resolves a spoken or typed birthplace offline, from the GeoNames gazetteer and the curated names: current and
 * former names ("Bombay", "Allahabad"), short and colloquial ones ("Vizag", "Dilli"), misspellings and
 * speech-to-text variants, Hindi in Devanagari, free phrasing ("I was born in Pune", "लखनऊ में"), a state,
 * state abbreviation or country anywhere in the answer narrowing the town ("Indore MP", "Ranchi, Bihar back then":
 * former states cover their successors) and a correction ("Mumbai, no sorry, Thane"). Places are ranked by
 * population, those in `userCountry` weighted up. Outcomes: `resolved`, `ambiguous` (two or more plausible
 * places), `region` (only a state or country: ask for the town), `vague` (no place named). A name-like answer
 * that matches nothing throws PlaceNotFoundError.
 */
export async function resolvePlace(query: string, options: ResolvePlaceOptions = {}): Promise<PlaceResolution> {
  const resolution = await resolve(query, options);
  if (resolution.kind !== 'ambiguous') return resolution;
  return { ...resolution, candidates: distinguished(resolution.candidates, await loadGazetteer()) };
}

/**
 * Candidates that would be read out alike ("Rampur, Uttar Pradesh, India" twice) are told apart by the nearest
 * larger town, so the person can say which one they mean; those still alike are one choice, the most prominent.
 */
function distinguished(candidates: PlaceCandidate[], g: Gazetteer): PlaceCandidate[] {
  const told = candidates.map((c) => {
    if (candidates.filter((o) => o.label === c.label).length < 2) return c;
    const distance = (t: GazetteerPlace) => Math.hypot(t.latitude - c.latitude, (t.longitude - c.longitude) * Math.cos((c.latitude * Math.PI) / 180));
    const town = g.towns
      .filter((t) => t.country === c.countryCode && t.name !== c.name && distance(t) <= LANDMARK_TOWN_DEGREES)
      .sort((a, b) => distance(a) - distance(b))[0];
    if (!town) return c;
    const name = `${c.name} near ${town.name}`;
    return { ...c, label: [name, c.region, c.country].filter(Boolean).join(', ') };
  });
  // Namesakes the nearest town cannot tell apart keep their plain name.
  const plain = told.map((c, i) => (told.every((o, k) => candidates[k].label !== candidates[i].label || o.label === c.label) ? candidates[i] : c));
  return plain.filter((c, i) => plain.findIndex((o) => o.label === c.label) === i);
}

async function resolve(query: string, options: ResolvePlaceOptions): Promise<PlaceResolution> {
  const limit = options.limit ?? 5;
  const dominance = options.dominance ?? 3;
  const userCountry = (options.userCountry ?? 'IN').toUpperCase();
  const homeWeight = options.homeWeight ?? 10;
  const g = await loadGazetteer();
  const tokens = tokenize(query, g);
  const spans: Span[] = [];
  const leftovers: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    // "IL", "TX": a state code, unless it is a known abbreviation ("UP", "MP") or country ("UK").
    if (t.upper && !g.regions.has(t.key) && !g.countries.has(t.key)) {
      leftovers.push(t);
      i++;
      continue;
    }
    const span = matchAt(tokens, i, g, userCountry);
    if (span) {
      spans.push(span);
      i = span.end;
    } else {
      if (!tokens[i].filler && !tokens[i].number) leftovers.push(tokens[i]);
      i++;
    }
  }
  // "London Ontario": a town that shares its name with a province abroad is that province when another town named
  // lies in it.
  const inRegions = (regions: GazetteerRegion[], p: GazetteerPlace) => regions.some((r) => r.codes.includes(`${p.country}.${p.admin1}`));
  for (const [k, s] of spans.entries()) {
    if (s.kind !== 'city' || s.key === undefined) continue;
    const regions = (g.regions.get(s.key) ?? []).filter((r) => spans.some((o) => o !== s && o.kind === 'city' && o.places.some((p) => inRegions([r], p))));
    if (regions.length > 0) spans[k] = { kind: 'region', start: s.start, end: s.end, regions };
  }
  // "not the UK one", "UK wala nahi": a state or country denied rules its places out instead of in.
  const denied = (s: Span) => {
    const joined = g.negations.joiners.has(tokens[s.end]?.key ?? '') ? 1 : 0;
    if (g.negations.after.has(tokens[s.end + joined]?.key ?? '')) return true;
    const not = tokens.slice(0, s.start).map((t) => g.negations.before.has(t.key)).lastIndexOf(true);
    return not >= 0 && s.start - not <= DENIAL_REACH && !spans.some((o) => o.kind === 'city' && o.start > not && o.start < s.start);
  };
  const areas = spans.filter((s): s is Extract<Span, { kind: 'area' }> => s.kind === 'area');
  let cities = spans.filter((s): s is Extract<Span, { kind: 'city' }> => s.kind === 'city');
  const phraseAt = (phrases: string[][], at: number) => phrases.some((words) => words.every((w, k) => tokens[at + k]?.key === w));
  // "a village in Gorakhpur district": the district, unless the town follows ("Islampur, Dist. Sangli").
  const district = (c: Span) => phraseAt(g.districts, c.end) && !spans.some((o) => o.kind === 'city' && !o.fuzzy && o.start === c.end + 1);
  const landmark = (c: Span) =>
    phraseAt(g.landmarks.after, c.end) || district(c) || g.landmarks.before.some((words) => phraseAt([words], c.start - words.length));
  // "मेरठ के पास एक गांव है, नाम आप नहीं जानते होंगे": after a town named as a landmark, words that only sound like a
  // town ("जानते", Yantai) are words, not the birthplace; a misspelled town before it ("Bareily, near Lucknow") is one.
  const firstLandmark = cities.find((c) => landmark(c) && !c.fuzzy);
  if (firstLandmark && !cities.some((c) => !landmark(c) && !c.fuzzy)) cities = cities.filter((c) => landmark(c) || c.start < firstLandmark.start);
  if (cities.some((c) => !landmark(c))) cities = cities.filter((c) => !landmark(c));
  // Born near a town, not in it, unless the person takes the town as their answer ("Moga hi likh lo").
  const accepted = tokens.some((_, at) => phraseAt(g.acceptances, at));
  const nearOnly = cities.length > 0 && cities.every(landmark) && !accepted;
  const stated = spans.filter((s) => s.kind === 'region' || s.kind === 'country');
  const qualifiers: (Span | Token)[] = [...stated.filter((s) => !denied(s)), ...leftovers.filter((t) => t.upper)];
  const excluded = stated.filter(denied);
  const lastCorrection = tokens.reduce((at, t, i) => (t.correction && cities.some((c) => c.start > i) ? i : at), -1);
  if (lastCorrection >= 0) cities = cities.filter((c) => c.start > lastCorrection);
  // Born on a ship or a train: the towns named are where the journey ran, not the birthplace.
  if (tokens.some((t) => g.transit.has(t.key))) {
    const towns = cities.filter((c) => !c.fuzzy).map((c) => [...c.places].sort((a, b) => b.population - a.population)[0]);
    return towns.length > 0 ? { kind: 'ambiguous', candidates: towns.slice(0, limit).map((p) => toCandidate(p, g)) } : { kind: 'vague' };
  }
  // "NCR", "Bay Area": several cities; which one is for the person to say.
  if (cities.length === 0 && areas.length > 0) return { kind: 'ambiguous', candidates: areas[0].area.places.slice(0, limit).map((p) => toCandidate(p, g)) };
  if (cities.length === 0) {
    const named = spans.find((s) => s.kind !== 'city');
    if (named) return { kind: 'region', region: regionOf(named, userCountry, g) };
    if (leftovers.length === 0) return { kind: 'vague' };
    throw new PlaceNotFoundError('no place of that name is in the gazetteer; a nearby larger town or the coordinates will do');
  }
  // The first town named, unless a later one is an exact name in the user's country and the first is not (a
  // hospital or landmark that shares a foreign town's name: "KEM hospital Mumbai").
  const home = (c: (typeof cities)[number]) => !c.fuzzy && c.places.some((p) => p.country === userCountry);
  // A likeness of spelling gives way to a name said exactly after it ("पिंडी में, रावलपिंडी में").
  const exactLater = (i: number) => cities.slice(i + 1).some((c) => !c.fuzzy);
  const primary = cities.find((c, i) => i === cities.length - 1 || (!(c.fuzzy && exactLater(i)) && (home(c) || !cities.slice(i + 1).some(home)))) ?? cities[0];
  // "Bay Area mein, Fremont": a town named within the area is the town of that name there.
  const inArea = (p: GazetteerPlace) => areas.every((a) => a.area.places.some((c) => Math.abs(c.latitude - p.latitude) < AREA_DEGREES && Math.abs(c.longitude - p.longitude) < AREA_DEGREES));
  const inQualifiers = (p: GazetteerPlace) => qualifiers.every((q) => qualifies(p, q)) && !excluded.some((q) => qualifies(p, q)) && inArea(p);
  let matches = primary.places.filter(inQualifiers);
  // "Berhampur, West Bengal": the state names the sound-alike town that is spelled otherwise.
  if (matches.length === 0 && qualifiers.length > 0 && !primary.fuzzy && primary.key !== undefined) matches = soundAlikes(primary.key, g).filter(inQualifiers);
  // "लंदन, इंग्लैंड वाला नहीं": a Hindi name kept for one town abroad; its namesakes bear the Latin name.
  if (matches.length === 0 && excluded.length > 0) matches = [...new Set(primary.places.flatMap((p) => g.byName.get(nameKey(p.name)) ?? []))].filter(inQualifiers);
  // "Surrey, England": the region of that name, not the town abroad.
  const regionMeant = primary.alsoRegion?.find((r) => qualifiers.every((q) => regionFits(r, q)));
  if (matches.length === 0 && regionMeant) return { kind: 'region', region: regionOf({ kind: 'region', start: primary.start, end: primary.end, regions: [regionMeant] }, userCountry, g) };
  if (matches.length === 0) {
    throw new PlaceNotFoundError('no place of that name lies in the state or country given; a nearby larger town or the coordinates will do');
  }
  const score = (p: GazetteerPlace) => Math.max(1, p.population) * (p.country === userCountry ? homeWeight : 1);
  const ranked: GazetteerPlace[] = [];
  for (const p of [...matches].sort((a, b) => score(b) - score(a))) {
    if (!ranked.some((r) => r.country === p.country && near(r, p))) ranked.push(p);
  }
  const [best, ...rest] = ranked;
  const ask = (places: GazetteerPlace[]): AmbiguousPlace => ({ kind: 'ambiguous', candidates: places.slice(0, limit).map((p) => toCandidate(p, g)) });
  // Two towns of the user's country far apart ("Mumbai ya Pune", "born in Lucknow, grew up in Delhi"): which one
  // was the birthplace is for the person to say.
  // A name right after another with nothing between is one phrase ("Kanpur Nagar"), not a second town.
  const homeSpans = cities.filter(home);
  const homeTowns = homeSpans
    .filter((c, i) => i === 0 || c.start > homeSpans[i - 1].end || tokens[c.start].broken)
    .map((c) => [...c.places].sort((a, b) => score(b) - score(a))[0]);
  const apart = homeTowns.filter((p, i) => homeTowns.findIndex((q) => Math.abs(q.latitude - p.latitude) < APART_DEGREES && Math.abs(q.longitude - p.longitude) < APART_DEGREES) === i);
  if (apart.length > 1) return ask(apart);
  // Towns offered as either-or ("Delhi ya Noida") are asked about however near they are.
  const offered = cities.some((c, i) => i > 0 && tokens.slice(cities[i - 1].end, c.start).some((t) => g.alternatives.has(t.key)));
  if (offered) return ask([...new Set(cities.map((c) => [...c.places].sort((a, b) => score(b) - score(a))[0]))]);
  // A likeness of spelling is not a name: offer what it resembles instead of choosing it. Spellings vary the most,
  // and are forgiven, in the person's own country; abroad, a spelling a letter or so off the name of a city of a
  // million ("शारजाह"), or of a sizeable town whose country or state is named with it ("वैंकूवर, कनाडा"). A Hindi
  // spelling that only shares consonants with a town abroad ("मालवा" and Mallawi) is asked about.
  const forgiven = primary.fuzzy !== 'consonants' && qualifiers.length > 0 ? BARE_FOREIGN_POPULATION : FORGIVEN_ABROAD;
  // However large the city, a Hindi word that shares only its consonants ("जानते" and Yantai) is asked about unless a
  // country or state was named with it.
  const consonantsOnly = primary.fuzzy === 'consonants' && best.country !== userCountry && qualifiers.length === 0;
  if (primary.fuzzy === 'loose' || consonantsOnly || (primary.fuzzy && best.country !== userCountry && best.population < forgiven)) return ask(ranked);
  // A town abroad that shares its name with a region people know ("Surrey": the English county, or the town in
  // British Columbia) is asked about unless a country or state was named with it.
  if (primary.alsoRegion && best.country !== userCountry && qualifiers.length === 0) return ask(ranked);
  // A town abroad reached only through one of its many alternate names ("dard", "raste") is asked about unless a
  // country or state was named with it.
  // A Hindi name is judged by the Latin spelling each town was found under.
  const keyOf = (p: GazetteerPlace) => primary.readings?.get(p) ?? primary.key;
  const ownKey = keyOf(best);
  const ownName = primary.key !== undefined && ((ownKey !== undefined && bearsName(best, ownKey)) || g.curated.has(primary.key));
  if (best.country !== userCountry && !primary.fuzzy && !ownName && qualifiers.length === 0) return ask(ranked);
  // Three letters or fewer ("Man", "Ufa") are as often a word as a town abroad.
  if (best.country !== userCountry && qualifiers.length === 0 && primary.key !== undefined && primary.key.replace(/\s/g, '').length <= 3) return ask(ranked);
  // A small town abroad, named without its country or a town beside it ("Southall in London"), is more likely a
  // word misheard than where the person was born.
  const besideNamedTown = cities.some((c) => c !== primary && c.places.some((p) => Math.abs(p.latitude - best.latitude) < 0.5 && Math.abs(p.longitude - best.longitude) < 0.5));
  if (best.country !== userCountry && qualifiers.length === 0 && !besideNamedTown && best.population < BARE_FOREIGN_POPULATION) return ask(ranked);
  // Namesake towns of one country are all worth asking about, unless the name was only guessed from a misspelling.
  // A town that bears the very name said is plausible however large the other is, when the other only used to bear
  // it ("Aurangabad": the Bihar town, or the Maharashtra city renamed Chhatrapati Sambhajinagar).
  const bears = (p: GazetteerPlace) => {
    const key = keyOf(p);
    return key !== undefined && bearsName(p, key);
  };
  // A town found only under another reading of a Hindi name ("सतना": Satna, or Satana) is a variant of spelling,
  // weighed by prominence like a town abroad.
  const variant = (p: GazetteerPlace) => primary.readings !== undefined && primary.readings.get(p) !== primary.readings.get(best);
  const plausible = rest.filter((p) =>
    p.country === best.country && !primary.fuzzy && !variant(p)
      ? p.population >= NAMESAKE_POPULATION && (best.population < NAMESAKE_DOMINANCE * p.population || (bears(p) && !bears(best)))
      : score(best) < dominance * score(p),
  );
  // Towns of the person's country spoken alike but spelled apart are as plausible as namesakes: speech-to-text
  // cannot tell them apart, a state or a second word can.
  const alike: GazetteerPlace[] = [];
  const said = primary.key ?? primary.said;
  // A curated name was settled for one town on purpose ("Calcutta" is Kolkata, whatever else it sounds like).
  if (said !== undefined && best.country === userCountry && !(primary.key !== undefined && g.curated.has(primary.key))) {
    for (const p of soundAlikes(said, g, latinKey(best.name).replace(/\s/g, ''))) {
      const comparable = p.population >= NAMESAKE_POPULATION && p.population * NAMESAKE_DOMINANCE >= best.population;
      // Towns already weighed are not offered again, except another reading of a Hindi name, which may sound alike.
      const weighed = [...ranked.filter((r) => !variant(r) || plausible.includes(r)), ...alike];
      if (p.country === best.country && comparable && inQualifiers(p) && !weighed.some((r) => near(r, p))) alike.push(p);
    }
  }
  const nearReason = nearOnly ? { reason: 'near' as const } : {};
  if (plausible.length > 0 || alike.length > 0) {
    const others = rest.filter((p) => !plausible.includes(p));
    return { kind: 'ambiguous', candidates: [best, ...plausible, ...alike, ...others].slice(0, limit).map((p) => toCandidate(p, g)), ...nearReason };
  }
  if (nearOnly) return { kind: 'ambiguous', candidates: [toCandidate(best, g)], reason: 'near' };
  // "bihar sharif mein ya nalanda mein, pakka nahi pata": a place the person doubts is offered back, not taken.
  if (tokens.some((_, at) => phraseAt(g.uncertain, at))) return ask([best, ...rest]);
  return { kind: 'resolved', place: toCandidate(best, g), alternatives: rest.slice(0, limit - 1).map((p) => toCandidate(p, g)) };
}

/**
 * Like resolvePlace, but every outcome other than a resolved place throws: AmbiguousPlaceError (with candidates)
 * or PlaceTooVagueError (with the region, when one was named).
 */
export async function resolvePlaceOrThrow(query: string, options: ResolvePlaceOptions = {}): Promise<PlaceCandidate> {
  const r = await resolvePlace(query, options);
  switch (r.kind) {
    case 'resolved':
      return r.place;
    case 'ambiguous':
      throw new AmbiguousPlaceError(`${r.candidates.length} places fit that name; ask which one is meant`, r.candidates);
    case 'region':
      throw new PlaceTooVagueError('only a state or country was named; ask for the town', r.region);
    default:
      throw new PlaceTooVagueError('no place was named; ask for the town of birth');
  }
}

/**
 * The country a person most likely means by a bare town name, from their browser or device: the country of the
 * IANA time zone ("Asia/Kolkata" → IN), else the region of the locale ("en-GB" → GB; Hindi → IN), else India.
 */
export async function userCountryFrom(hints: { timeZone?: string; locale?: string }): Promise<string> {
  // The zone first: browsers in India often report "en-US" as their locale, but rarely an American zone.
  if (hints.timeZone) {
    const g = await loadGazetteer();
    const country = g.zones.get(hints.timeZone);
    if (country) return country;
  }
  if (hints.locale) {
    try {
      const locale = new Intl.Locale(hints.locale);
      if (locale.language === 'hi') return 'IN';
      if (locale.region && /^[A-Z]{2}$/.test(locale.region)) return locale.region;
    } catch {
      return 'IN';
    }
  }
  return 'IN';
}
