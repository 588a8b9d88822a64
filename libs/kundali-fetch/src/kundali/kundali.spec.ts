import { Kundali } from '@amigo/contracts';
import { buildKundali } from '../chart/build-kundali.js';

const pythonServiceSample = {
  ascendant: 'Virgo',
  planets: [{ name: 'Sun', sign: 'Pisces', fullDegree: 350.5 }],
  dasha: { major: { planet: 'Saturn' } },
  ascendant_report: 'Analytical and detail-oriented.',
};

describe('Kundali schema', () => {
  it('accepts a profile stored by the Python service', () => {
    expect(Kundali.parse(pythonServiceSample)).toEqual(pythonServiceSample);
  });

  it('keeps fields it does not know', () => {
    const withExtra = { ...pythonServiceSample, yogas: ['Gajakesari'] };
    expect(Kundali.parse(withExtra)).toEqual(withExtra);
  });

  it('accepts an AstrologyAPI planets entry and normalises its string retrograde flag', () => {
    const rahu = {
      id: 7, name: 'Rahu', fullDegree: 91.7592615626992, normDegree: 1.7592615626991943,
      speed: -0.05299201968813196, isRetro: 'true', sign: 'Cancer', signLord: 'Moon',
      nakshatra: 'Punarvasu', nakshatraLord: 'Jupiter', nakshatra_pad: 4, house: 10,
      is_planet_set: false, planet_awastha: 'Mrit',
    };
    const parsed = Kundali.parse({ ascendant: 'Libra', planets: [rahu] });
    expect(parsed.planets[0]).toEqual({ ...rahu, isRetro: true });
  });

  it('rejects a chart without an ascendant or with an impossible longitude', () => {
    expect(Kundali.safeParse({ planets: pythonServiceSample.planets }).success).toBe(false);
    expect(
      Kundali.safeParse({ ascendant: 'Virgo', planets: [{ name: 'Sun', sign: 'Pisces', fullDegree: 400 }] }).success,
    ).toBe(false);
  });
});

describe('Kundali schema with the local engine\'s fields', () => {
  it('round-trips a computed chart through JSON unchanged (as stored in Redis)', () => {
    const computed = buildKundali(Date.UTC(1990, 7, 15, 0, 45), { latitude: 18.52, longitude: 73.86 }, { now: Date.UTC(2026, 0, 1), timezone: 'Asia/Kolkata' });
    const stored = JSON.parse(JSON.stringify(computed)) as unknown;
    expect(Kundali.parse(stored)).toEqual(computed);
  });

  it('rejects malformed extended fields instead of storing them', () => {
    const base = { ascendant: 'Virgo', planets: [{ name: 'Sun', sign: 'Pisces', fullDegree: 350.5 }] };
    expect(Kundali.safeParse({ ...base, node_type: 'osculating' }).success).toBe(false);
    expect(Kundali.safeParse({ ...base, ascendant_details: { fullDegree: 361, sign: 'Virgo' } }).success).toBe(false);
    expect(Kundali.safeParse({ ...base, reliability: { ascendant: 'yes', houses: true, dasha_start: true } }).success).toBe(false);
    expect(Kundali.safeParse({ ...base, dasha: { major: { planet: 'Saturn' }, mahadashas: [{ planet: '' }] } }).success).toBe(false);
  });
});
