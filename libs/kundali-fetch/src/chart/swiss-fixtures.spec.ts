import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arcminDiff } from '../testing/reference-charts.js';
import { siderealChart } from './sidereal-chart.js';

interface CompactFixture {
  bodies: string[];
  cases: Array<{ utc: string; lat: number; lon: number; asc: number; b: Array<[number, number]>; station?: string; hoursFromStation?: number }>;
}

function load(name: string): CompactFixture {
  return JSON.parse(readFileSync(join(__dirname, '..', 'testing', 'fixtures', name), 'utf8')) as CompactFixture;
}

/** Our bodies in the fixture's order: Sun..Saturn, true Rahu, mean Rahu. */
function ours(c: CompactFixture['cases'][number]): { bodies: Array<{ longitude: number; speed: number }>; asc: number } {
  const chart = siderealChart(new Date(c.utc), { latitude: c.lat, longitude: c.lon }, 'true');
  return { bodies: [...chart.bodies.slice(0, 8), chart.meanNode], asc: chart.ascendant as number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

describe('300 random Swiss Ephemeris charts, 1900-2050, latitudes -60..66', () => {
  const fixture = load('swiss-random-300.json');
  const errors = new Map<string, number[]>(fixture.bodies.map((n) => [n, []]));
  const ascErrors: number[] = [];
  let retroMismatches = 0;
  for (const c of fixture.cases) {
    const o = ours(c);
    ascErrors.push(Math.abs(arcminDiff(o.asc, c.asc)));
    fixture.bodies.forEach((name, i) => {
      errors.get(name)?.push(Math.abs(arcminDiff(o.bodies[i].longitude, c.b[i][0])));
      if (o.bodies[i].speed < 0 !== c.b[i][1] < 0) retroMismatches++;
    });
  }

  it.each(['Sun', 'Mars', 'Mercury', 'Jupiter', 'Venus', 'Saturn', 'Rahu', 'RahuMean'])('%s within 0.5\' (max) and 0.1\' (median)', (name) => {
    const e = errors.get(name) as number[];
    expect(e).toHaveLength(300);
    expect(Math.max(...e)).toBeLessThanOrEqual(0.5);
    expect(median(e)).toBeLessThanOrEqual(0.1);
  });

  it('Moon within 0.25\' and the ascendant within 0.1\'', () => {
    expect(Math.max(...(errors.get('Moon') as number[]))).toBeLessThanOrEqual(0.25);
    expect(Math.max(...ascErrors)).toBeLessThanOrEqual(0.1);
  });

  it('retrograde flags identical', () => {
    expect(retroMismatches).toBe(0);
  });
});

describe('charts 30 minutes to 6 hours from a retrograde station', () => {
  const fixture = load('swiss-stations.json');

  it('has the same retrograde flag for every planet', () => {
    const mismatches: string[] = [];
    for (const c of fixture.cases) {
      const o = ours(c);
      fixture.bodies.forEach((name, i) => {
        if (o.bodies[i].speed < 0 !== c.b[i][1] < 0) mismatches.push(`${c.utc} ${name}`);
      });
    }
    expect(mismatches).toEqual([]);
  });
});
