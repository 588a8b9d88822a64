import { deltaTSeconds } from './delta-t.js';

/** Julian day of the J2000.0 epoch (2000-01-01 12:00 TT). */
export const J2000 = 2451545.0;
const UNIX_EPOCH_JD = 2440587.5;
const MS_PER_DAY = 86_400_000;

/** Julian day (UT) of an instant; UTC is taken as UT1 (|UT1-UTC| < 0.9 s). */
export function julianDayUt(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return ms / MS_PER_DAY + UNIX_EPOCH_JD;
}

/** Julian day (TT) for a Julian day (UT). */
export function julianDayTt(jdUt: number): number {
  return jdUt + deltaTSeconds(jdUt) / 86_400;
}

