import { SiderealTime } from 'astronomy-engine';
import { lahiriAyanamsaMean } from './ayanamsa.js';
import { astroTime, nutation } from './nutation.js';
import { julianDayTt, julianDayUt } from './time.js';

const DEG2RAD = Math.PI / 180;
const RAD2DEG = 180 / Math.PI;

/**
 * Tropical ascendant (degrees, true equinox of date): the ecliptic point rising on the eastern horizon.
 * `localSiderealDeg` is the local apparent sidereal time (RAMC) in degrees, `obliquityDeg` the true obliquity.
 * Valid below the polar circles (|latitude| < ~66.5 deg), where every ecliptic point rises once a day.
 */
export function tropicalAscendant(localSiderealDeg: number, latitudeDeg: number, obliquityDeg: number): number {
  const ramc = localSiderealDeg * DEG2RAD;
  const eps = obliquityDeg * DEG2RAD;
  const phi = latitudeDeg * DEG2RAD;
  const asc = Math.atan2(Math.cos(ramc), -(Math.sin(ramc) * Math.cos(eps) + Math.tan(phi) * Math.sin(eps))) * RAD2DEG;
  return asc < 0 ? asc + 360 : asc;
}

/** Sidereal (Lahiri) ascendant in degrees for an instant (UTC as UT1) and a place. */
export function siderealAscendant(instant: Date | number, latitude: number, longitude: number): number {
  const jdUt = julianDayUt(instant);
  const jdTt = julianDayTt(jdUt);
  const time = astroTime(jdUt, jdTt);
  const nut = nutation(time);
  const tropical = tropicalAscendant(SiderealTime(time) * 15 + longitude, latitude, nut.trueObliquity);
  const sidereal = (tropical - nut.dpsi - lahiriAyanamsaMean(jdTt)) % 360;
  return sidereal < 0 ? sidereal + 360 : sidereal;
}
