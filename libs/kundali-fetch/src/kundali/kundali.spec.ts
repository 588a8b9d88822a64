import { Kundali } from './kundali.js';

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
