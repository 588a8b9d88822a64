import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKundali, siderealChart } from '../src/index.js';

/**
 * Measures the local engine against the Swiss Ephemeris reference charts kept in src/testing/fixtures and prints
 * the accuracy table of the README: max and median error per body in arcminutes, ascendant, retrograde flags,
 * sign/nakshatra agreement (away from boundaries) and mahadasha dates.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'testing', 'fixtures');
const BODIES = ['Sun', 'Moon', 'Mars', 'Mercury', 'Jupiter', 'Venus', 'Saturn', 'Rahu', 'RahuMean'] as const;

interface Row { longitude: number; speed: number }
interface Case { utc: string; lat: number; lon: number; asc: number; bodies: Row[]; dasha?: Array<{ lord: string; start: string }> }

function arcmin(a: number, b: number): number {
  return Math.abs(((((a - b) % 360) + 540) % 360) - 180) * 60;
}

function loadPublic(): Case[] {
  const raw = JSON.parse(readFileSync(join(FIXTURES, 'public-sample.json'), 'utf8')) as {
    cases: Array<{ utcIso: string; lat: number; lon: number; ascendant: { longitude: number }; planets: Array<{ name: string; longitude: number; speed: number }>; dasha: { mahadashas: Array<{ lord: string; start: string }> } }>;
  };
  return raw.cases.map((c) => ({
    utc: c.utcIso, lat: c.lat, lon: c.lon, asc: c.ascendant.longitude,
    bodies: BODIES.map((n) => c.planets.find((p) => p.name === n) as Row),
    dasha: c.dasha.mahadashas,
  }));
}

function loadCompact(name: string): Case[] {
  const raw = JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { cases: Array<{ utc: string; lat: number; lon: number; asc: number; b: Array<[number, number]> }> };
  return raw.cases.map((c) => ({ utc: c.utc, lat: c.lat, lon: c.lon, asc: c.asc, bodies: c.b.map(([longitude, speed]) => ({ longitude, speed })) }));
}

function pada(x: number): number {
  return Math.floor((((x % 360) + 360) % 360) / (10 / 3));
}

function report(title: string, cases: Case[]): void {
  const errors: number[][] = BODIES.map(() => []);
  const asc: number[] = [];
  let retro = 0;
  let padaMismatch = 0;
  let padaCompared = 0;
  let dashaDays = 0;
  for (const c of cases) {
    const chart = siderealChart(new Date(c.utc), { latitude: c.lat, longitude: c.lon }, 'true');
    const ours = [...chart.bodies.slice(0, 8), chart.meanNode];
    asc.push(arcmin(chart.ascendant as number, c.asc));
    BODIES.forEach((_, i) => {
      const ref = c.bodies[i];
      errors[i].push(arcmin(ours[i].longitude, ref.longitude));
      if (ours[i].speed < 0 !== ref.speed < 0) retro++;
      const margin = Math.min(ref.longitude % (10 / 3), 10 / 3 - (ref.longitude % (10 / 3))) * 3600;
      if (margin >= 10) {
        padaCompared++;
        if (pada(ours[i].longitude) !== pada(ref.longitude)) padaMismatch++;
      }
    });
    if (c.dasha) {
      const k = buildKundali(new Date(c.utc), { latitude: c.lat, longitude: c.lon }, { now: new Date(c.utc) });
      c.dasha.forEach((m, i) => {
        const ours = k.dasha?.mahadashas?.[i];
        if (ours?.planet !== m.lord) dashaDays = Infinity;
        else dashaDays = Math.max(dashaDays, Math.abs(Date.parse(ours.start as string) - Date.parse(m.start)) / 86_400_000);
      });
    }
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`\n${title} (${cases.length} charts)\n`);
  console.log('| body | max error | median error |');
  console.log('|---|---|---|');
  BODIES.forEach((name, i) => console.log(`| ${name === 'Rahu' ? 'Rahu (true node)' : name === 'RahuMean' ? 'Rahu (mean node)' : name} | ${Math.max(...errors[i]).toFixed(3)}' | ${med(errors[i]).toFixed(3)}' |`));
  console.log(`| ascendant | ${Math.max(...asc).toFixed(3)}' | ${med(asc).toFixed(3)}' |`);
  console.log(`\nretrograde flags differing: ${retro} of ${cases.length * BODIES.length}; sign/nakshatra/pada differing (>= 10" from a boundary): ${padaMismatch} of ${padaCompared}` +
    (cases[0].dasha ? `; mahadasha lords identical, start dates within ${(dashaDays * 24 * 60).toFixed(1)} minutes` : ''));
}

report('Public Swiss Ephemeris charts (public-sample.json)', loadPublic());
report('Random Swiss Ephemeris charts, 1900-2050, latitude -60..66 (swiss-random-300.json)', loadCompact('swiss-random-300.json'));
report('Charts 0.5-6 h from a retrograde station (swiss-stations.json)', loadCompact('swiss-stations.json'));
