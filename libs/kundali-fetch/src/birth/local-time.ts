import {
  AmbiguousLocalTimeError, BirthDetailsError, type LocalTimeCandidate, NonexistentLocalTimeError,
} from '../errors/kundali-error.js';
import { isoFromMs } from '../dasha/iso-date.js';

const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
        era: 'short',
      });
    } catch {
      throw new BirthDetailsError('unknown_timezone', `unknown time zone "${timeZone}"`, ['timezone']);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of a zone from UTC at an instant, in milliseconds (to the second: LMT offsets such as +05:21:10 survive). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(whole));
  let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year': year = Number(p.value); break;
      case 'month': month = Number(p.value); break;
      case 'day': day = Number(p.value); break;
      case 'hour': hour = Number(p.value); break;
      case 'minute': minute = Number(p.value); break;
      case 'second': second = Number(p.value); break;
      case 'era': bc = p.value.startsWith('B'); break;
      default: break;
    }
  }
  const wall = Date.UTC(bc ? 1 - year : year, month - 1, day, hour, minute, second);
  return wall - whole;
}

/** Local wall-clock fields. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** How to read a wall time that occurred twice (clocks went back): fail (default) or take one occurrence. */
export type AmbiguousTimePolicy = 'reject' | 'earlier' | 'later';

/**
 * The UTC instant of a local wall time in an IANA zone, with the zone's full history (LMT, war time, DST).
 * Wall times skipped by a clock change throw NonexistentLocalTimeError; wall times that happened twice throw
 * AmbiguousLocalTimeError (both LocalTimeErrors with the candidate instants and offsets) unless a policy picks one.
 */
export function zonedTimeToUtc(wall: WallTime, timeZone: string, policy: AmbiguousTimePolicy = 'reject'): { utcMs: number; offsetMs: number } {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  // Every offset the zone used within a day and a half of the wall time; a wall time maps to an instant with
  // offset o when the zone's offset at (wall - o) is o.
  const offsets = new Set<number>();
  for (let h = -36; h <= 36; h += 6) offsets.add(zoneOffsetMs(timeZone, asUtc + h * HOUR_MS));
  const solutions = [...offsets].filter((o) => zoneOffsetMs(timeZone, asUtc - o) === o).sort((a, b) => b - a);
  if (solutions.length === 1) return { utcMs: asUtc - solutions[0], offsetMs: solutions[0] };
  const candidate = (o: number): LocalTimeCandidate => ({ utc: isoFromMs(asUtc - o), offsetMinutes: o / 60_000 });
  if (solutions.length === 0) {
    const around = [...offsets].sort((a, b) => b - a);
    throw new NonexistentLocalTimeError(`that local time did not exist in ${timeZone}: the clocks jumped over it`, timeZone, around.map(candidate));
  }
  // Larger offset = earlier instant.
  if (policy === 'earlier') return { utcMs: asUtc - solutions[0], offsetMs: solutions[0] };
  if (policy === 'later') {
    const o = solutions[solutions.length - 1];
    return { utcMs: asUtc - o, offsetMs: o };
  }
  throw new AmbiguousLocalTimeError(`that local time happened twice in ${timeZone}: the clocks were turned back`, timeZone, solutions.map(candidate));
}
