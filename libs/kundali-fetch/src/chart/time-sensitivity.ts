import type { TimeSensitivity } from '@amigo/contracts';
import { isoFromMs } from '../dasha/iso-date.js';
import { DASHA_YEAR_DAYS, periodsAt, vimshottari } from '../dasha/vimshottari.js';
import { nakshatraOf } from '../zodiac/nakshatras.js';
import { SIGNS, signIndex, wholeSignHouse } from '../zodiac/signs.js';
import { type NodeType, siderealChart } from './sidereal-chart.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Latitude of the polar circles: beyond it some signs never rise and the ascendant jumps. */
export const POLAR_LATITUDE = 66.56;

const sorted = <T>(set: Set<T>, order?: readonly T[]): T[] =>
  order ? order.filter((x) => set.has(x)) : [...set].sort();

/**
 * The parts of the chart that the uncertain birth time decides, computed across the window of possible birth
 * instants [birth - before, birth + after]: the chart is recast every few minutes (every 5 minutes for windows up
 * to two hours, every 10 beyond; the ascendant stays in a sign for 40 minutes or more below the polar circles) and
 * at both ends.
 */
export function timeSensitivity(
  birthMs: number,
  location: { latitude: number; longitude: number },
  window: { beforeMinutes: number; afterMinutes: number; basis: TimeSensitivity['basis'] },
  nodeType: NodeType,
  asOfMs: number,
): TimeSensitivity {
  const from = birthMs - window.beforeMinutes * MINUTE_MS;
  const to = birthMs + window.afterMinutes * MINUTE_MS;
  const step = (to - from <= 120 * MINUTE_MS ? 5 : 10) * MINUTE_MS;
  const instants: number[] = [];
  for (let t = from; t < to; t += step) instants.push(t);
  instants.push(to, birthMs);
  const cast = vimshottari(siderealChart(birthMs, location, nodeType).bodies[1].longitude, birthMs);
  const ascendants = new Set<string>();
  const houses = new Map<string, Set<number>>();
  const moonSigns = new Set<string>();
  const moonNakshatras = new Set<string>();
  const startLords = new Set<string>();
  const running = new Set<string>();
  const cycleMs = 120 * DASHA_YEAR_DAYS * DAY_MS;
  let shiftMs = 0;
  for (const t of instants) {
    const chart = siderealChart(t, location, nodeType);
    const asc = chart.ascendant as number;
    ascendants.add(SIGNS[signIndex(asc)]);
    for (const body of chart.bodies) {
      const set = houses.get(body.name) ?? new Set<number>();
      set.add(wholeSignHouse(body.longitude, asc));
      houses.set(body.name, set);
    }
    const moon = chart.bodies[1].longitude;
    moonSigns.add(SIGNS[signIndex(moon)]);
    moonNakshatras.add(nakshatraOf(moon).name);
    const timeline = vimshottari(moon, t);
    startLords.add(timeline.startLord);
    const now = periodsAt(timeline, asOfMs);
    if (now) running.add(now.major.lord);
    for (const period of cast.mahadashas) {
      const same = timeline.mahadashas.find((m) => m.lord === period.lord);
      // The sequence repeats every 120 years: a lord's start is compared with its nearest recurrence.
      if (same) {
        const d = (((same.startMs - period.startMs) % cycleMs) + cycleMs) % cycleMs;
        shiftMs = Math.max(shiftMs, Math.min(d, cycleMs - d));
      }
    }
  }
  const planetHouses: Record<string, number[]> = {};
  for (const [name, set] of houses) planetHouses[name] = [...set].sort((a, b) => a - b);
  return {
    basis: window.basis,
    window: {
      from: isoFromMs(from),
      to: isoFromMs(to),
      ...(window.basis === 'approximate_time' ? { minutes_either_side: window.beforeMinutes } : {}),
    },
    ascendant_signs: sorted(ascendants, SIGNS),
    planet_houses: planetHouses,
    moon_signs: sorted(moonSigns, SIGNS),
    moon_nakshatras: [...moonNakshatras],
    dasha_start_lords: [...startLords],
    dasha_shift_days: Math.round((shiftMs / DAY_MS) * 10) / 10,
    running_mahadashas: [...running],
  };
}
