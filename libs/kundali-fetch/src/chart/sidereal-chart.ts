import { Body, SiderealTime } from 'astronomy-engine';
import { tropicalAscendant } from '../ephemeris/ascendant.js';
import { lahiriAyanamsaMean } from '../ephemeris/ayanamsa.js';
import { eclipticOfDateMatrix, precessionMatrix } from '../ephemeris/frame.js';
import { astroTime, nutation } from '../ephemeris/nutation.js';
import {
  earthState,
  type LongitudeAndSpeed,
  meanNodePosition,
  moonPosition,
  moonState,
  planetPosition,
  sunPosition,
  trueNodePosition,
} from '../ephemeris/positions.js';
import { julianDayTt, julianDayUt } from '../ephemeris/time.js';
import { normalizeDegrees } from '../zodiac/signs.js';

/** The grahas in AstrologyAPI's `planets` order (ids 0..8). */
export const GRAHAS = ['Sun', 'Moon', 'Mars', 'Mercury', 'Jupiter', 'Venus', 'Saturn', 'Rahu', 'Ketu'] as const;
export type GrahaName = (typeof GRAHAS)[number];

/** A sidereal (Lahiri) longitude in degrees [0, 360) and its speed in degrees/day. */
export interface SiderealBody {
  name: GrahaName;
  longitude: number;
  speed: number;
}

/** Sidereal positions at one instant: what every other part of the chart is derived from. */
export interface SiderealChart {
  /** Julian days (UT, TT). */
  jdUt: number;
  jdTt: number;
  /** Lahiri ayanamsa, degrees: mean (mean equinox) and true (with nutation in longitude). */
  ayanamsaMean: number;
  ayanamsaTrue: number;
  /** Sun..Saturn, Rahu, Ketu in GRAHAS order; Rahu/Ketu follow `nodeType`. */
  bodies: SiderealBody[];
  /** Both node variants, whatever `nodeType` is. */
  meanNode: LongitudeAndSpeed;
  trueNode: LongitudeAndSpeed;
  /** Sidereal ascendant, degrees; undefined when no location was given. */
  ascendant: number | undefined;
}

export type NodeType = 'mean' | 'true';

const PLANET_ORDER: ReadonlyArray<[GrahaName, Body]> = [
  ['Mars', Body.Mars], ['Mercury', Body.Mercury], ['Jupiter', Body.Jupiter], ['Venus', Body.Venus], ['Saturn', Body.Saturn],
];

/**
 * Computes the sidereal chart of an instant (UTC taken as UT1). Everything that depends only on the instant
 * (Delta-T, precession, nutation, the Earth's state, the Moon's state) is computed once and shared by all bodies.
 */
export function siderealChart(
  instant: Date | number,
  location?: { latitude: number; longitude: number },
  nodeType: NodeType = 'mean',
): SiderealChart {
  const jdUt = julianDayUt(instant);
  const jdTt = julianDayTt(jdUt);
  const time = astroTime(jdUt, jdTt);
  const precession = precessionMatrix(jdTt);
  const ayanamsaMean = lahiriAyanamsaMean(jdTt, precession);
  const m = eclipticOfDateMatrix(jdTt);
  const earth = earthState(time);
  const moon = moonState(time, earth);
  const tmp: LongitudeAndSpeed = { longitude: 0, speed: 0 };
  const bodies: SiderealBody[] = [];
  const push = (name: GrahaName): void => {
    bodies.push({ name, longitude: normalizeDegrees(tmp.longitude - ayanamsaMean), speed: tmp.speed });
  };
  sunPosition(m, earth, tmp);
  push('Sun');
  moonPosition(m, moon, tmp);
  push('Moon');
  for (const [name, body] of PLANET_ORDER) {
    planetPosition(body, time, m, earth, tmp);
    push(name);
  }
  const meanNode: LongitudeAndSpeed = { longitude: 0, speed: 0 };
  meanNodePosition(jdTt, meanNode);
  meanNode.longitude = normalizeDegrees(meanNode.longitude - ayanamsaMean);
  const trueNode: LongitudeAndSpeed = { longitude: 0, speed: 0 };
  trueNodePosition(m, moon, trueNode);
  trueNode.longitude = normalizeDegrees(trueNode.longitude - ayanamsaMean);
  const node = nodeType === 'true' ? trueNode : meanNode;
  bodies.push({ name: 'Rahu', longitude: node.longitude, speed: node.speed });
  bodies.push({ name: 'Ketu', longitude: normalizeDegrees(node.longitude + 180), speed: node.speed });
  // Nutation moves the true equinox; it cancels for bodies (mean longitude minus mean ayanamsa) but not for the
  // ascendant, which is fixed by the true equator and the apparent sidereal time.
  const nut = nutation(time);
  let ascendant: number | undefined;
  if (location) {
    const lst = SiderealTime(time) * 15 + location.longitude;
    const tropical = tropicalAscendant(lst, location.latitude, nut.trueObliquity);
    ascendant = normalizeDegrees(tropical - nut.dpsi - ayanamsaMean);
  }
  return {
    jdUt, jdTt, ayanamsaMean, ayanamsaTrue: ayanamsaMean + nut.dpsi, bodies, meanNode, trueNode, ascendant,
  };
}
