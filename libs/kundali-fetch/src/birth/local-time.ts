import {
  AmbiguousLocalTimeError, type LocalTimeCandidate, NonexistentLocalTimeError,
} from '../errors/kundali-error.js';
import { isoFromMs } from '../dasha/iso-date.js';
import { zoneHistory } from './zone-history.js';

const HOUR_MS = 3_600_000;

/** Offset of a zone from UTC at an instant, in milliseconds (to the second: LMT offsets such as +05:21:10 survive). */
export function zoneOffsetMs(timeZone: string, utcMs: number): number {
  return zoneHistory(timeZone).offsetAt(utcMs);
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
  const history = zoneHistory(timeZone);
  const offsets = history.offsetsBetween(asUtc - 36 * HOUR_MS, asUtc + 36 * HOUR_MS);
  const solutions = offsets.filter((o) => history.offsetAt(asUtc - o) === o).sort((a, b) => b - a);
  if (solutions.length === 1) return { utcMs: asUtc - solutions[0], offsetMs: solutions[0] };
  const candidate = (o: number): LocalTimeCandidate => ({ utc: isoFromMs(asUtc - o), offsetMinutes: o / 60_000 });
  if (solutions.length === 0) {
    const around = offsets.sort((a, b) => b - a);
    throw new NonexistentLocalTimeError('that local time did not exist: the clocks jumped over it', timeZone, around.map(candidate));
  }
  // Larger offset = earlier instant.
  if (policy === 'earlier') return { utcMs: asUtc - solutions[0], offsetMs: solutions[0] };
  if (policy === 'later') {
    const o = solutions[solutions.length - 1];
    return { utcMs: asUtc - o, offsetMs: o };
  }
  throw new AmbiguousLocalTimeError('that local time happened twice: the clocks were turned back', timeZone, solutions.map(candidate));
}
