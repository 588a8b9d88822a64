import { zoneHistory, ZoneHistory } from './zone-history.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The offset from the wall-clock fields Intl gives at each instant: an independent reading of the same data. */
function wallClockOffset(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(utcMs));
  const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second')) - utcMs;
}

describe('a zone history kept in stretches', () => {
  it('agrees with Intl hour by hour across the shortest interludes in the tz database', () => {
    const cases: Array<[string, number]> = [
      ['America/Boa_Vista', Date.UTC(2000, 8, 25)],
      ['Asia/Gaza', Date.UTC(2040, 9, 1)],
      ['America/Argentina/Tucuman', Date.UTC(2004, 4, 15)],
      ['Asia/Kolkata', Date.UTC(1942, 4, 1)],
      ['America/New_York', Date.UTC(2021, 2, 1)],
    ];
    for (const [zone, from] of cases) {
      const history = new ZoneHistory(zone);
      for (let t = from; t < from + 40 * DAY_MS; t += HOUR_MS) expect([zone, t, history.offsetAt(t)]).toEqual([zone, t, wallClockOffset(zone, t)]);
    }
  });

  it('agrees with Intl in every zone at instants spread over 1900-2100', () => {
    const from = Date.UTC(1900, 0, 1);
    const span = Date.UTC(2100, 11, 31) - from;
    let disagreements = 0;
    let checked = 0;
    for (const [z, zone] of Intl.supportedValuesOf('timeZone').entries()) {
      for (let k = 0; k < 4; k++) {
        const t = from + Math.floor((((z * 4 + k) * 0.6180339887498949) % 1) * span / 1000) * 1000;
        checked++;
        if (zoneHistory(zone).offsetAt(t) !== wallClockOffset(zone, t)) disagreements++;
      }
    }
    expect(checked).toBeGreaterThan(1_000);
    expect(disagreements).toBe(0);
  });

  it('locates a change to the second and lists the offsets in force over a window', () => {
    const history = new ZoneHistory('America/New_York');
    const change = Date.UTC(2021, 2, 14, 7);
    expect(history.offsetAt(change - 1000)).toBe(-5 * HOUR_MS);
    expect(history.offsetAt(change)).toBe(-4 * HOUR_MS);
    expect(history.offsetsBetween(change - DAY_MS, change + DAY_MS)).toEqual([-5 * HOUR_MS, -4 * HOUR_MS]);
    expect(history.offsetsBetween(change + 1000, change + DAY_MS)).toEqual([-4 * HOUR_MS]);
  });

  it('rejects a zone Intl does not know with a typed error', () => {
    expect(() => zoneHistory('Mars/Olympus_Mons')).toThrow(expect.objectContaining({ code: 'unknown_timezone' }));
  });
});
