import type { WallTime } from './local-time.js';

/** The clock a birth time was read with, when it is not the IANA zone's. */
export interface HistoricalClock {
  name: string;
  offsetMinutes: number;
  basis: 'city_time' | 'local_mean_time';
  /** Ids of the sources in data/clocks.json. */
  sources: string[];
}

interface ClocksFile {
  sources: { id: string; cite: string }[];
  city_times: {
    name: string;
    offset_minutes: number;
    center: { latitude: number; longitude: number };
    radius_km: number;
    until: string;
    sources: string[];
  }[];
  local_mean_time: { zones: string[]; until: string; sources: string[] };
}

// Resolved relative to this module, in src/ as in dist/.
const CLOCKS_FILE = '../../data/clocks.json';
/** IST proper; other offsets of Asia/Kolkata after 1906 are the war time, which the city times did not replace. */
const IST_MINUTES = 330;

let clocks: Promise<ClocksFile> | undefined;

function loadClocks(): Promise<ClocksFile> {
  clocks ??= (import(CLOCKS_FILE, { with: { type: 'json' } }) as Promise<{ default: ClocksFile }>).then((m) => m.default);
  return clocks;
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function before(wall: WallTime, isoDate: string): boolean {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(wall.year, wall.month - 1, wall.day) < Date.UTC(y, m - 1, d);
}

/**
 * The clock that most likely told the time of a birth in India where the IANA zone is known to differ: Bombay Time
 * (+04:51) in Bombay until 1955, Calcutta Time (+05:53:20) in Calcutta until 1948, and local mean time elsewhere
 * before standard time (1906). Undefined when the IANA zone's offset stands. Sources: data/clocks.json.
 */
export async function historicalClock(
  timeZone: string,
  wall: WallTime,
  place: { latitude: number; longitude: number },
  ianaOffsetMinutes: number,
): Promise<HistoricalClock | undefined> {
  const file = await loadClocks();
  if (!file.local_mean_time.zones.includes(timeZone)) return undefined;
  const standard = !before(wall, file.local_mean_time.until);
  if (standard && ianaOffsetMinutes !== IST_MINUTES) return undefined;
  for (const city of file.city_times) {
    if (before(wall, city.until) && km(place.latitude, place.longitude, city.center.latitude, city.center.longitude) <= city.radius_km) {
      return { name: city.name, offsetMinutes: city.offset_minutes, basis: 'city_time', sources: city.sources };
    }
  }
  if (standard) return undefined;
  return {
    name: 'local mean time',
    offsetMinutes: place.longitude * 4,
    basis: 'local_mean_time',
    sources: file.local_mean_time.sources,
  };
}
