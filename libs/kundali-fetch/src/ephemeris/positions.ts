import { AstroTime, Body, GeoMoon, HelioState } from 'astronomy-engine';
import type { Matrix3 } from './frame.js';

/** Speed of light in AU per day. */
const C_AU_PER_DAY = 173.1446326846693;
/** Gaussian gravitational constant squared (GM of the Sun) in AU^3/day^2. */
const GM_SUN = 2.959122082855911e-4;
const RAD2DEG = 180 / Math.PI;
/** Step for the Moon's numerical velocity/acceleration, days. */
const MOON_STEP = 0.01;

/**
 * Longitude (degrees, ecliptic of date, tropical, mean equinox) and its rate (degrees/day) measured against the
 * stars: the frame is held fixed at the instant, so the rate has the precession of the equinox removed and equals
 * the sidereal speed.
 */
export interface LongitudeAndSpeed {
  longitude: number;
  speed: number;
}

function normalize(deg: number): number {
  const x = deg % 360;
  return x < 0 ? x + 360 : x;
}

/** Longitude and longitude rate in the ecliptic frame `m` of an EQJ vector and its time derivative. */
function eclipticLongitude(m: Matrix3, x: number, y: number, z: number, vx: number, vy: number, vz: number, out: LongitudeAndSpeed): void {
  const ex = m[0] * x + m[1] * y + m[2] * z;
  const ey = m[3] * x + m[4] * y + m[5] * z;
  const evx = m[0] * vx + m[1] * vy + m[2] * vz;
  const evy = m[3] * vx + m[4] * vy + m[5] * vz;
  out.longitude = normalize(Math.atan2(ey, ex) * RAD2DEG);
  out.speed = ((ex * evy - ey * evx) / (ex * ex + ey * ey)) * RAD2DEG;
}

/** Heliocentric state of the Earth, shared by every body of one chart. */
interface EarthState {
  x: number; y: number; z: number;
  vx: number; vy: number; vz: number;
  ax: number; ay: number; az: number;
}

export function earthState(time: AstroTime): EarthState {
  const e = HelioState(Body.Earth, time);
  const r3 = Math.pow(e.x * e.x + e.y * e.y + e.z * e.z, 1.5);
  const k = -GM_SUN / r3;
  return { x: e.x, y: e.y, z: e.z, vx: e.vx, vy: e.vy, vz: e.vz, ax: k * e.x, ay: k * e.y, az: k * e.z };
}

/**
 * Apparent geocentric direction (light-time and annual aberration) of a body whose geometric geocentric vector is
 * (gx, gy, gz) with rate (gvx, gvy, gvz), and the rate of that direction; written as longitude/speed into `out`.
 */
function apparent(m: Matrix3, earth: EarthState, gx: number, gy: number, gz: number, gvx: number, gvy: number, gvz: number, out: LongitudeAndSpeed): void {
  const r = Math.sqrt(gx * gx + gy * gy + gz * gz);
  const ux = gx / r;
  const uy = gy / r;
  const uz = gz / r;
  const radial = ux * gvx + uy * gvy + uz * gvz;
  // d(unit vector)/dt = (v - u (u.v)) / r; aberration adds v_earth / c and its rate a_earth / c.
  const dux = (gvx - ux * radial) / r + earth.ax / C_AU_PER_DAY;
  const duy = (gvy - uy * radial) / r + earth.ay / C_AU_PER_DAY;
  const duz = (gvz - uz * radial) / r + earth.az / C_AU_PER_DAY;
  eclipticLongitude(
    m,
    ux + earth.vx / C_AU_PER_DAY, uy + earth.vy / C_AU_PER_DAY, uz + earth.vz / C_AU_PER_DAY,
    dux, duy, duz,
    out,
  );
}

/** Apparent tropical Sun (mean equinox of date). */
export function sunPosition(m: Matrix3, earth: EarthState, out: LongitudeAndSpeed): void {
  apparent(m, earth, -earth.x, -earth.y, -earth.z, -earth.vx, -earth.vy, -earth.vz, out);
}

/**
 * Apparent tropical longitude of a planet (mean equinox of date). The light-time back-dating uses the planet's
 * heliocentric velocity and acceleration (exact to micro-arcseconds over the few minutes of light-time), so each
 * planet costs one VSOP evaluation instead of an iteration.
 */
export function planetPosition(body: Body, time: AstroTime, m: Matrix3, earth: EarthState, out: LongitudeAndSpeed): void {
  const p = HelioState(body, time);
  const r3 = Math.pow(p.x * p.x + p.y * p.y + p.z * p.z, 1.5);
  const k = -GM_SUN / r3;
  const ax = k * p.x;
  const ay = k * p.y;
  const az = k * p.z;
  let gx = p.x - earth.x;
  let gy = p.y - earth.y;
  let gz = p.z - earth.z;
  let tau = 0;
  for (let i = 0; i < 2; i++) {
    tau = Math.sqrt(gx * gx + gy * gy + gz * gz) / C_AU_PER_DAY;
    const h = 0.5 * tau * tau;
    gx = p.x - tau * p.vx + h * ax - earth.x;
    gy = p.y - tau * p.vy + h * ay - earth.y;
    gz = p.z - tau * p.vz + h * az - earth.z;
  }
  // The light-time itself changes as the distance does: d/dt p(t - tau) = v (1 - dtau/dt).
  const vx = p.vx - tau * ax;
  const vy = p.vy - tau * ay;
  const vz = p.vz - tau * az;
  const dist = tau * C_AU_PER_DAY;
  const tauRate = (gx * (vx - earth.vx) + gy * (vy - earth.vy) + gz * (vz - earth.vz)) / dist / C_AU_PER_DAY;
  const f = 1 - tauRate;
  apparent(m, earth, gx, gy, gz, vx * f - earth.vx, vy * f - earth.vy, vz * f - earth.vz, out);
}

/** Geocentric Moon: position (AU), velocity (AU/day) and acceleration (AU/day^2) in EQJ. */
interface MoonState {
  x: number; y: number; z: number;
  vx: number; vy: number; vz: number;
  ax: number; ay: number; az: number;
}

/** GM of the Earth + Moon and of the Sun, AU^3/day^2. */
const GM_EARTH_MOON = 8.997011390199871e-10;

/** Two-body pull of the Earth plus the Sun's tidal pull: what turns the Moon's orbital plane (moves the node). */
function lunarAcceleration(rx: number, ry: number, rz: number, earth: EarthState, out: MoonState): void {
  const r3 = Math.pow(rx * rx + ry * ry + rz * rz, 1.5);
  // Geocentric Sun s = -earth; Moon-to-Sun d = s - r.
  const sx = -earth.x, sy = -earth.y, sz = -earth.z;
  const dx = sx - rx, dy = sy - ry, dz = sz - rz;
  const d3 = Math.pow(dx * dx + dy * dy + dz * dz, 1.5);
  const s3 = Math.pow(sx * sx + sy * sy + sz * sz, 1.5);
  out.ax = -GM_EARTH_MOON * rx / r3 + GM_SUN * (dx / d3 - sx / s3);
  out.ay = -GM_EARTH_MOON * ry / r3 + GM_SUN * (dy / d3 - sy / s3);
  out.az = -GM_EARTH_MOON * rz / r3 + GM_SUN * (dz / d3 - sz / s3);
}

/**
 * The Moon's state from two evaluations of the lunar series, at t - h and t + h: their difference gives the
 * velocity, their mean the position once corrected by the (dynamically computed) acceleration, h^2 a / 2.
 */
export function moonState(time: AstroTime, earth: EarthState): MoonState {
  // AstroTime#AddDays would recompute TT with astronomy-engine's own Delta-T; shift UT and TT together instead.
  const before = new AstroTime(time);
  before.ut -= MOON_STEP;
  before.tt -= MOON_STEP;
  const after = new AstroTime(time);
  after.ut += MOON_STEP;
  after.tt += MOON_STEP;
  const a = GeoMoon(before);
  const c = GeoMoon(after);
  const state: MoonState = {
    x: (a.x + c.x) / 2, y: (a.y + c.y) / 2, z: (a.z + c.z) / 2,
    vx: (c.x - a.x) / (2 * MOON_STEP), vy: (c.y - a.y) / (2 * MOON_STEP), vz: (c.z - a.z) / (2 * MOON_STEP),
    ax: 0, ay: 0, az: 0,
  };
  lunarAcceleration(state.x, state.y, state.z, earth, state);
  const k = (MOON_STEP * MOON_STEP) / 2;
  state.x -= k * state.ax;
  state.y -= k * state.ay;
  state.z -= k * state.az;
  lunarAcceleration(state.x, state.y, state.z, earth, state);
  return state;
}

/**
 * Apparent tropical Moon. Light-time and annual aberration together reduce, for a body that travels with the Earth,
 * to back-dating the geocentric position by the light-time along the geocentric velocity.
 */
export function moonPosition(m: Matrix3, moon: MoonState, out: LongitudeAndSpeed): void {
  const tau = Math.sqrt(moon.x * moon.x + moon.y * moon.y + moon.z * moon.z) / C_AU_PER_DAY;
  eclipticLongitude(
    m,
    moon.x - tau * moon.vx, moon.y - tau * moon.vy, moon.z - tau * moon.vz,
    moon.vx - tau * moon.ax, moon.vy - tau * moon.ay, moon.vz - tau * moon.az,
    out,
  );
}

/**
 * True (osculating) lunar node: the ascending node of the plane spanned by the Moon's geocentric position and
 * velocity on the ecliptic of date; its rate follows from dh/dt = r x a.
 */
export function trueNodePosition(m: Matrix3, moon: MoonState, out: LongitudeAndSpeed): void {
  const rx = m[0] * moon.x + m[1] * moon.y + m[2] * moon.z;
  const ry = m[3] * moon.x + m[4] * moon.y + m[5] * moon.z;
  const rz = m[6] * moon.x + m[7] * moon.y + m[8] * moon.z;
  const vx = m[0] * moon.vx + m[1] * moon.vy + m[2] * moon.vz;
  const vy = m[3] * moon.vx + m[4] * moon.vy + m[5] * moon.vz;
  const vz = m[6] * moon.vx + m[7] * moon.vy + m[8] * moon.vz;
  const ax = m[0] * moon.ax + m[1] * moon.ay + m[2] * moon.az;
  const ay = m[3] * moon.ax + m[4] * moon.ay + m[5] * moon.az;
  const az = m[6] * moon.ax + m[7] * moon.ay + m[8] * moon.az;
  const hx = ry * vz - rz * vy;
  const hy = rz * vx - rx * vz;
  const dhx = ry * az - rz * ay;
  const dhy = rz * ax - rx * az;
  // Ascending node direction = z x h = (-hy, hx, 0).
  out.longitude = normalize(Math.atan2(hx, -hy) * RAD2DEG);
  out.speed = ((-hy * dhx + hx * dhy) / (hx * hx + hy * hy)) * RAD2DEG;
}

/**
 * Mean lunar node (Chapront ELP 2000-85 polynomial, mean equinox of date), degrees. Its speed is given, like every
 * other speed here, relative to the precessing equinox's fixed stars (general precession rate removed), which is
 * what a sidereal speed is.
 */
export function meanNodePosition(jdTt: number, out: LongitudeAndSpeed): void {
  const t = (jdTt - 2451545.0) / 36525;
  out.longitude = normalize(125.0445479 + t * (-1934.1362891 + t * (0.0020754 + t * (1 / 467441 - t / 60616000))));
  const precessionRate = (5028.796195 + 2 * 1.1054348 * t) / 3600;
  out.speed = (-1934.1362891 - precessionRate + t * (2 * 0.0020754 + t * (3 / 467441 - (4 * t) / 60616000))) / 36525;
}
