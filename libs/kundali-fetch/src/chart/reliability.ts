import type { BirthClock, Reliability, TimeSensitivity } from '@amigo/contracts';
import { POLAR_LATITUDE } from './time-sensitivity.js';

/** Dasha dates that can move by less than this many days within the window still count as reliable. */
const DASHA_TOLERANCE_DAYS = 30;

/** The reliability flags of a chart from what its birth time leaves open, its latitude and its clock. */
export function reliabilityOf(sensitivity: TimeSensitivity | undefined, latitude: number, clock: BirthClock | undefined): Reliability {
  const notes: string[] = [];
  const polar = Math.abs(latitude) >= POLAR_LATITUDE;
  if (sensitivity?.basis === 'unknown_time') notes.push('birth time unknown: the chart is cast for local noon');
  if (sensitivity?.basis === 'approximate_time') notes.push(`birth time approximate (+/- ${sensitivity.window.minutes_either_side} min)`);
  if (polar) notes.push('born beyond the polar circle: the ascendant and houses are not reliable there');
  if (clock?.reconstructed) notes.push(`UTC offset reconstructed (${clock.name})`);
  const ascendant = !polar && (sensitivity === undefined || sensitivity.ascendant_signs.length === 1);
  const houses = !polar && (sensitivity === undefined || Object.values(sensitivity.planet_houses).every((h) => h.length === 1));
  return {
    ascendant,
    houses: ascendant && houses,
    dasha_start: sensitivity === undefined || (sensitivity.dasha_start_lords.length === 1 && sensitivity.dasha_shift_days < DASHA_TOLERANCE_DAYS),
    moon_nakshatra: sensitivity === undefined || sensitivity.moon_nakshatras.length === 1,
    utc_offset: clock === undefined || !clock.reconstructed,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
