import { J2000 } from './time.js';

const ASEC2RAD = Math.PI / (180 * 3600);

/** Row-major 3x3 rotation. */
export type Matrix3 = [number, number, number, number, number, number, number, number, number];

/** Mean obliquity of the ecliptic (IAU 2006), radians, for a Julian day (TT). */
export function meanObliquity(jdTt: number): number {
  const t = (jdTt - J2000) / 36525;
  const asec = ((((-0.0000000434 * t - 0.000000576) * t + 0.0020034) * t - 0.0001831) * t - 46.836769) * t + 84381.406;
  return asec * ASEC2RAD;
}

/**
 * Precession (IAU 2006, Capitaine et al. 2003) from the J2000 mean equator and equinox to the mean equator and
 * equinox of date: v_date = P v_j2000. Over 1900-2100 it agrees with the Vondrak 2011 model used by the Swiss
 * Ephemeris to a few milliarcseconds.
 */
export function precessionMatrix(jdTt: number): Matrix3 {
  const t = (jdTt - J2000) / 36525;
  const eps0 = 84381.406 * ASEC2RAD;
  const psia = ((((-0.0000000951 * t + 0.000132851) * t - 0.00114045) * t - 1.0790069) * t + 5038.481507) * t * ASEC2RAD;
  const omegaa =
    (((((0.0000003337 * t - 0.000000467) * t - 0.00772503) * t + 0.0512623) * t - 0.025754) * t + 84381.406) * ASEC2RAD;
  const chia = ((((-0.000000056 * t + 0.000170663) * t - 0.00121197) * t - 2.3814292) * t + 10.556403) * t * ASEC2RAD;
  const sa = Math.sin(eps0);
  const ca = Math.cos(eps0);
  const sb = Math.sin(-psia);
  const cb = Math.cos(-psia);
  const sc = Math.sin(-omegaa);
  const cc = Math.cos(-omegaa);
  const sd = Math.sin(chia);
  const cd = Math.cos(chia);
  const xx = cd * cb - sb * sd * cc;
  const yx = cd * sb * ca + sd * cc * cb * ca - sa * sd * sc;
  const zx = cd * sb * sa + sd * cc * cb * sa + ca * sd * sc;
  const xy = -sd * cb - sb * cd * cc;
  const yy = -sd * sb * ca + cd * cc * cb * ca - sa * cd * sc;
  const zy = -sd * sb * sa + cd * cc * cb * sa + ca * cd * sc;
  const xz = sb * sc;
  const yz = -sc * cb * ca - sa * cc;
  const zz = -sc * cb * sa + cc * ca;
  return [xx, yx, zx, xy, yy, zy, xz, yz, zz];
}

/** Rotation from the J2000 mean equator (astronomy-engine's EQJ) to the mean ecliptic and equinox of date. */
export function eclipticOfDateMatrix(jdTt: number): Matrix3 {
  const p = precessionMatrix(jdTt);
  const eps = meanObliquity(jdTt);
  const ce = Math.cos(eps);
  const se = Math.sin(eps);
  return [
    p[0], p[1], p[2],
    ce * p[3] + se * p[6], ce * p[4] + se * p[7], ce * p[5] + se * p[8],
    -se * p[3] + ce * p[6], -se * p[4] + ce * p[7], -se * p[5] + ce * p[8],
  ];
}
