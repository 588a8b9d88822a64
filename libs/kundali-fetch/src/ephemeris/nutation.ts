import { AstroTime, e_tilt } from 'astronomy-engine';
import { J2000 } from './time.js';

/** Nutation and obliquity of one instant, in degrees. */
export interface Nutation {
  /** Nutation in longitude. */
  readonly dpsi: number;
  /** True obliquity of the ecliptic. */
  readonly trueObliquity: number;
}

/** Makes an astronomy-engine time whose TT follows this library's Delta-T, not astronomy-engine's default model. */
export function astroTime(jdUt: number, jdTt: number): AstroTime {
  const time = new AstroTime(jdUt - J2000);
  time.tt = jdTt - J2000;
  return time;
}

/** Nutation (IAU 2000B, as astronomy-engine implements it) and the true obliquity. */
export function nutation(time: AstroTime): Nutation {
  const tilt = e_tilt(time);
  return { dpsi: tilt.dpsi / 3600, trueObliquity: tilt.tobl };
}
