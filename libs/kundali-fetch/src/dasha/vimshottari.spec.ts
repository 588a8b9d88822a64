import { isoFromMs } from './iso-date.js';
import { DASHA_YEAR_DAYS, periodsAt, subPeriods, vimshottari } from './vimshottari.js';

const YEAR_MS = DASHA_YEAR_DAYS * 86_400_000;

describe('Vimshottari', () => {
  const birth = Date.UTC(1990, 7, 15, 6, 15);

  it('starts with the lord of the Moon\'s nakshatra, from its theoretical start before birth', () => {
    // 10 deg sidereal = Ashwini (Ketu, 7 years), 3/4 elapsed.
    const t = vimshottari(10, birth);
    expect(t.startLord).toBe('Ketu');
    expect(t.elapsedFraction).toBeCloseTo(0.75, 12);
    expect(t.balanceYears).toBeCloseTo(1.75, 12);
    expect(t.mahadashas[0].startMs).toBeCloseTo(birth - 0.75 * 7 * YEAR_MS, 0);
    expect(t.mahadashas.map((m) => m.lord)).toEqual(['Ketu', 'Venus', 'Sun', 'Moon', 'Mars', 'Rahu', 'Jupiter', 'Saturn', 'Mercury', 'Ketu']);
    expect(t.mahadashas[9].endMs - birth).toBeGreaterThanOrEqual(120 * YEAR_MS);
  });

  it('follows the nakshatra lords around the zodiac', () => {
    expect(vimshottari(13.5, birth).startLord).toBe('Venus');
    expect(vimshottari(359.9, birth).startLord).toBe('Mercury');
    expect(vimshottari(120 + 1, birth).startLord).toBe('Ketu');
  });

  it('splits a period into nine contiguous sub-periods starting with its own lord', () => {
    const maha = vimshottari(200, birth).mahadashas[1];
    const subs = subPeriods(maha);
    expect(subs[0].lord).toBe(maha.lord);
    expect(subs).toHaveLength(9);
    expect(subs[0].startMs).toBe(maha.startMs);
    expect(subs[8].endMs).toBe(maha.endMs);
    for (let i = 1; i < 9; i++) expect(subs[i].startMs).toBe(subs[i - 1].endMs);
    // Sun antardasha of a Sun mahadasha: 6 * 6 / 120 years.
    const sun = vimshottari(27, birth).mahadashas[0];
    expect(sun.lord).toBe('Sun');
    expect((subPeriods(sun)[0].endMs - sun.startMs) / YEAR_MS).toBeCloseTo(0.3, 10);
  });

  it('finds the periods running at an instant', () => {
    const t = vimshottari(10, birth);
    const at = birth + 30 * YEAR_MS;
    const p = periodsAt(t, at);
    expect(p).toBeDefined();
    for (const span of [p?.major, p?.minor, p?.subMinor]) {
      expect(span && span.startMs <= at && at < span.endMs).toBe(true);
    }
    expect(periodsAt(t, t.mahadashas[0].startMs - 1)).toBeUndefined();
  });
});

describe('isoFromMs', () => {
  it('formats exactly like Date#toISOString from 1800 to 2250', () => {
    let seed = 7;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 16807) % 2147483647;
      const ms = Date.UTC(1800, 0, 1) + (seed / 2147483647) * (Date.UTC(2250, 0, 1) - Date.UTC(1800, 0, 1));
      expect(isoFromMs(ms)).toBe(new Date(Math.round(ms)).toISOString());
    }
    expect(isoFromMs(Date.UTC(1900, 1, 28, 23, 59, 59, 999))).toBe('1900-02-28T23:59:59.999Z');
    expect(isoFromMs(Date.UTC(2000, 1, 29))).toBe('2000-02-29T00:00:00.000Z');
  });
});
