import { Kundali } from '@amigo/contracts';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { buildKundali, fetchStructuredKundali, resolvePlace, siderealChart } from '../src/index.js';

/**
 * Full charts per CPU-second, single-threaded, against native Swiss Ephemeris measured side by side in the same
 * process. The public entry (`fetchStructuredKundali` from coordinates) does everything a caller gets: input
 * validation, the zone's history, planets with speeds, both nodes, ascendant, ayanamsa, signs, nakshatras, houses,
 * the ten-mahadasha timeline with 90 antardashas and the running periods. The Swiss baseline is the astronomy alone
 * (Moshier ephemeris, sidereal Lahiri, speeds: seven planets and the mean node, houses for the ascendant, ayanamsa).
 *
 * The comparison runs twice: in a fresh process, then after the process has exercised other code paths (zod
 * parses of stored and AstrologyAPI-shaped kundalis, place resolution, rejected input), as a long-lived worker has.
 * Each phase alternates short blocks of each case and prints the range of the per-block ratios.
 *
 * Swiss Ephemeris is not a dependency of this repository (AGPL/LGPL native code): install it elsewhere and point
 * SWEPH_PATH at the package directory, e.g. `npm install --prefix <dir> sweph` then
 * `SWEPH_PATH=<dir>/node_modules/sweph nx run kundali-fetch:bench`. Without it the comparison is skipped.
 */
const BLOCK = 2_000;
const BLOCKS = 5;
const WARMUP = 2_000;
const T0 = Date.UTC(1900, 0, 1);
const SPAN = Date.UTC(2050, 11, 31) - T0;
const NOW = Date.UTC(2026, 0, 1);

function input(i: number): { t: number; latitude: number; longitude: number } {
  const u = (i * 0.6180339887498949) % 1;
  const v = (i * 0.4142135623730951) % 1;
  const w = (i * 0.7320508075688772) % 1;
  return { t: T0 + u * SPAN, latitude: -60 + v * 126, longitude: -180 + w * 360 };
}

const ZONES = ['Asia/Kolkata', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Dubai'];

/** Birth details as a caller sends them from coordinates: local date and time, the IANA zone or a fixed offset. */
function births(zoned: boolean): Array<Record<string, unknown>> {
  return Array.from({ length: BLOCK }, (_, i) => {
    const x = input(i);
    const iso = new Date(x.t).toISOString();
    const timezone = zoned ? ZONES[i % ZONES.length] : '+05:30';
    return { date: iso.slice(0, 10), time: iso.slice(11, 16), latitude: x.latitude, longitude: x.longitude, timezone };
  });
}

interface Sweph {
  constants: Record<string, number>;
  set_sid_mode(mode: number, t0: number, ayanT0: number): void;
  calc_ut(jd: number, body: number, flags: number): { flag: number; data: number[] };
  houses_ex(jd: number, flags: number, lat: number, lon: number, system: string): { data: { points: number[] } };
  get_ayanamsa_ut(jd: number): number;
}

function loadSweph(): Sweph | undefined {
  const path = process.env['SWEPH_PATH'];
  if (!path) return undefined;
  try {
    return createRequire(import.meta.url)(path) as Sweph;
  } catch (error) {
    console.log(`SWEPH_PATH=${path} could not be loaded (${(error as Error).message}): comparison skipped`);
    return undefined;
  }
}

function swissChart(swe: Sweph): (i: number) => Promise<number> {
  const c = swe.constants;
  swe.set_sid_mode(c.SE_SIDM_LAHIRI, 0, 0);
  const flags = c.SEFLG_MOSEPH | c.SEFLG_SPEED | c.SEFLG_SIDEREAL;
  const bodies = [c.SE_SUN, c.SE_MOON, c.SE_MARS, c.SE_MERCURY, c.SE_JUPITER, c.SE_VENUS, c.SE_SATURN, c.SE_MEAN_NODE];
  return async (i) => {
    const x = input(i);
    const jd = x.t / 86_400_000 + 2440587.5;
    let sum = swe.get_ayanamsa_ut(jd) + swe.houses_ex(jd, c.SEFLG_SIDEREAL, x.latitude, x.longitude, 'W').data.points[0];
    for (const body of bodies) sum += swe.calc_ut(jd, body, flags).data[0];
    return sum;
  };
}

/** CPU microseconds per call of `f` over `n` calls (awaited one at a time, as a caller would). */
async function cpuMicros(n: number, f: (i: number) => unknown, offset = 0): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await f(offset + i);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

const range = (xs: number[], digits: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `${median.toFixed(digits)} (range ${sorted[0].toFixed(digits)}-${sorted[sorted.length - 1].toFixed(digits)})`;
};

/** Alternates blocks of every case; prints each case's cost and its speed relative to the baseline, per block. */
async function compare(phase: string, cases: Array<[string, (i: number) => unknown]>, baseline?: string): Promise<void> {
  const micros = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  for (const [, f] of cases) await cpuMicros(WARMUP, f);
  for (let b = 0; b < BLOCKS; b++) {
    for (const [name, f] of cases) micros.get(name)?.push(await cpuMicros(BLOCK, f, b * BLOCK));
  }
  console.log(`\n${phase}`);
  const base = baseline === undefined ? undefined : micros.get(baseline);
  for (const [name] of cases) {
    const us = micros.get(name) ?? [];
    const rates = us.map((x) => 1e6 / x);
    const vs = base && name !== baseline ? `   ${range(us.map((x, k) => (base[k] as number) / x), 2)}x ${baseline}` : '';
    console.log(`  ${name.padEnd(44)} ${range(rates, 0).padStart(24)} charts/CPU-s${vs}`);
  }
}

/** What a long-lived worker runs besides charts: every zod schema of a kundali, in all its shapes, and the gazetteer. */
async function exerciseOtherPaths(): Promise<void> {
  const computed = buildKundali(input(1).t, input(1), { now: NOW });
  for (let i = 0; i < 3_000; i++) {
    const stored = structuredClone(computed) as Record<string, unknown> & { planets: Array<Record<string, unknown>> };
    if (i % 2) stored.planets[0].isRetro = 'true';
    if (i % 3) delete stored['dasha'];
    if (i % 5) stored['written_by'] = { version: i };
    Kundali.safeParse(stored);
    Kundali.safeParse({ ascendant: 'Leo', planets: [{ name: 'Sun', sign: 'Leo', fullDegree: i % 400, isRetro: 'false' }] });
    await fetchStructuredKundali({ date: '1990-02-30', time: '06:15', latitude: 18.5, longitude: 73.8 }).catch(() => undefined);
    if (i % 100 === 0) {
      resolvePlace(['Pune', 'Springfield', 'Hyderabad', 'Lahore'][i % 4]);
      await fetchStructuredKundali({ date: '1990-08-15', time: '06:15', place: 'Pune' }, { now: NOW });
    }
  }
}

/**
 * The worst case of the zone cache: every chart in a zone the process no longer keeps (all of Intl's zones in turn,
 * more than it keeps), so each one first learns a stretch of its zone's history from Intl.
 */
async function coldZones(swe: Sweph | undefined): Promise<void> {
  const all = Intl.supportedValuesOf('timeZone');
  const cold = births(true).map((b, i) => ({ ...b, timezone: all[i % all.length] }));
  const entry = (i: number) => fetchStructuredKundali(cold[i % BLOCK], { now: NOW }).catch(() => undefined);
  await cpuMicros(all.length, entry, BLOCK - all.length);
  const us = await cpuMicros(BLOCK, entry);
  const base = swe ? await cpuMicros(BLOCK, swissChart(swe)) : undefined;
  const vs = base === undefined ? '' : `   ${(base / us).toFixed(2)}x native Swiss Ephemeris`;
  console.log(`\nzone not kept (each chart in the next of ${all.length} zones)`);
  console.log(`  ${'public entry, coordinates + IANA zone'.padEnd(44)} ${(1e6 / us).toFixed(0).padStart(24)} charts/CPU-s${vs}`);
}

async function main(): Promise<void> {
  const swe = loadSweph();
  const zoned = births(true);
  const fixed = births(false);
  const cases: Array<[string, (i: number) => unknown]> = [
    ['public entry, coordinates + IANA zone', (i) => fetchStructuredKundali(zoned[i % BLOCK], { now: NOW })],
    ['public entry, coordinates + fixed offset', (i) => fetchStructuredKundali(fixed[i % BLOCK], { now: NOW })],
    ['buildKundali (chart + dasha, no input parsing)', (i) => buildKundali(input(i).t, input(i), { now: NOW })],
    ['siderealChart (astronomy only)', (i) => siderealChart(input(i).t, input(i)).bodies.length],
  ];
  const SWISS = 'native Swiss Ephemeris';
  if (swe) cases.push([SWISS, swissChart(swe)]);
  console.log(
    `kundali-fetch bench: ${BLOCKS} alternating blocks of ${BLOCK} charts per case, single thread, ` +
      `load average ${loadavg()[0].toFixed(2)} on ${cpus().length} cores`,
  );
  console.log(
    swe
      ? `baseline: ${SWISS} (sweph from SWEPH_PATH, Moshier ephemeris, sidereal Lahiri, speeds)`
      : 'baseline: none (SWEPH_PATH not set): Swiss Ephemeris comparison skipped',
  );
  await compare('fresh process', cases, swe ? SWISS : undefined);
  await exerciseOtherPaths();
  await compare('after other code paths ran in the process', cases, swe ? SWISS : undefined);
  await coldZones(swe);
}

await main();
