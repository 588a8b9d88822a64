import { meanObliquity, precessionMatrix } from './frame.js';
import { astroTime, nutation } from './nutation.js';
import { julianDayTt, julianDayUt } from './time.js';

const RAD2DEG = 180 / Math.PI;
/**
 * Swiss Ephemeris SE_SIDM_LAHIRI reference epoch (JD TT) and the ayanamsa there, in degrees. The Swiss Ephemeris
 * reports values 0.130" larger at every date than this precession gives (its frame and IAU 1976 offsets); that
 * constant is folded into the epoch value so both agree to 0.001".
 */
const LAHIRI_T0 = 2435553.5;
const LAHIRI_AT_T0 = 23.250182778 - 0.004658035 + 0.1303 / 3600;

const P0 = precessionMatrix(LAHIRI_T0);
const EPS0 = meanObliquity(LAHIRI_T0);
const COS_EPS0 = Math.cos(EPS0);
const SIN_EPS0 = Math.sin(EPS0);

/**
 * Mean Lahiri ayanamsa (degrees) at a Julian day (TT), computed like the Swiss Ephemeris: the mean vernal point of
 * date is precessed back to the reference epoch, and its longitude on that epoch's ecliptic is measured.
 * `precession` may be passed when the caller already has the J2000-to-date precession matrix.
 */
export function lahiriAyanamsaMean(jdTt: number, precession: readonly number[] = precessionMatrix(jdTt)): number {
  // Vernal point of date in J2000 coordinates = first row of the J2000-to-date rotation.
  const vx = precession[0];
  const vy = precession[1];
  const vz = precession[2];
  const x = P0[0] * vx + P0[1] * vy + P0[2] * vz;
  const y = P0[3] * vx + P0[4] * vy + P0[5] * vz;
  const z = P0[6] * vx + P0[7] * vy + P0[8] * vz;
  const ye = COS_EPS0 * y + SIN_EPS0 * z;
  return LAHIRI_AT_T0 - Math.atan2(ye, x) * RAD2DEG;
}

/** Lahiri ayanamsa (degrees) at an instant (UTC as UT1): mean, and true (with nutation in longitude). */
export function lahiriAyanamsa(instant: Date | number): { mean: number; true: number } {
  const jdUt = julianDayUt(instant);
  const jdTt = julianDayTt(jdUt);
  const mean = lahiriAyanamsaMean(jdTt);
  return { mean, true: mean + nutation(astroTime(jdUt, jdTt)).dpsi };
}
