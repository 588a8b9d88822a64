import type { Kundali } from '@amigo/contracts';
import { REFERENCE_KUNDALIS } from '../testing/reference-kundalis.js';
import { readChartFacts } from './chart-facts.js';

describe('readChartFacts', () => {
  it('reads a full chart in the kundali-fetch shape', () => {
    const facts = readChartFacts(REFERENCE_KUNDALIS.R001);
    expect(facts.rising).toBe('Gemini');
    expect(facts.placements.Moon).toEqual({
      planet: 'Moon',
      sign: 'Sagittarius',
      house: 7,
      nakshatra: 'Mula',
      retrograde: false,
    });
    expect(facts.retrogrades).toEqual(['Saturn']);
    expect(facts.mahadasha?.planet).toBe('Jupiter');
    expect(facts.antardasha?.planet).toBe('Saturn');
  });

  it("normalises AstrologyAPI's nakshatra spellings", () => {
    const spelled = (nakshatra: string) =>
      readChartFacts({ ascendant: 'Aries', planets: [{ name: 'Moon', fullDegree: 1, sign: 'Aries', nakshatra }] })
        .placements.Moon?.nakshatra;
    expect(spelled('Bharni')).toBe('Bharani');
    expect(spelled('Uttra Shadha')).toBe('Uttara Ashadha');
    expect(spelled('Shatbhisha')).toBe('Shatabhisha');
    expect(spelled('Purva Bhadrapad')).toBe('Purva Bhadrapada');
    expect(spelled('Uttra Phalguni')).toBe('Uttara Phalguni');
    // An unknown spelling is recomputed from the longitude (1 degree is in Ashwini).
    expect(spelled('???')).toBe('Ashwini');
  });

  it('derives whole-sign houses when the chart has none, and reads retrograde from speed or the string flag', () => {
    const facts = readChartFacts({
      ascendant: 'Virgo',
      planets: [
        { name: 'Saturn', fullDegree: 200, sign: 'Libra', speed: -0.05 },
        { name: 'Mars', fullDegree: 10, sign: 'Aries', isRetro: 'true' },
        { name: 'Rahu', fullDegree: 100, sign: 'Cancer', isRetro: 'true' },
        { name: 'Jupiter', fullDegree: 160, sign: 'Virgo', speed: 0.1 },
      ],
    } as unknown as Kundali);
    expect(facts.placements.Saturn?.house).toBe(2);
    expect(facts.placements.Mars?.house).toBe(8);
    expect(facts.placements.Jupiter?.house).toBe(1);
    expect(facts.retrogrades).toEqual(['Mars', 'Saturn']);
  });

  it('finds house emphasis: stelliums first, else a lone pair', () => {
    const planet = (name: string, house: number) => ({ name, fullDegree: 1, sign: 'Aries', house });
    const stellium = readChartFacts({
      ascendant: 'Aries',
      planets: [planet('Sun', 10), planet('Mercury', 10), planet('Venus', 10), planet('Moon', 4), planet('Mars', 4)],
    });
    expect(stellium.emphasizedHouses).toEqual([{ house: 10, planets: ['Sun', 'Mercury', 'Venus'] }]);
    const pair = readChartFacts({
      ascendant: 'Aries',
      planets: [planet('Sun', 5), planet('Moon', 5), planet('Mars', 9)],
    });
    expect(pair.emphasizedHouses).toEqual([{ house: 5, planets: ['Sun', 'Moon'] }]);
    const spread = readChartFacts({ ascendant: 'Aries', planets: [planet('Sun', 5), planet('Moon', 6)] });
    expect(spread.emphasizedHouses).toEqual([]);
  });

  it('falls back to the Ascendant entry when the top-level sign is unreadable, and reads UPPERCASE dasha lords', () => {
    const facts = readChartFacts({
      ascendant: '—',
      planets: [{ name: 'Ascendant', fullDegree: 207.9, sign: 'Libra' }],
      dasha: { major: { planet: 'JUPITER', end: '18-1-2026 5:55' }, minor: { planet: 'Shani' } },
    });
    expect(facts.rising).toBe('Libra');
    expect(facts.mahadasha).toEqual({ planet: 'Jupiter', end: '18-1-2026' });
    expect(facts.antardasha).toEqual({ planet: 'Saturn' });
  });
});

describe('readChartFacts with an unknown birth time', () => {
  const noonChart = {
    ascendant: 'Leo',
    planets: [
      { name: 'Moon', fullDegree: 100, sign: 'Cancer', house: 12 },
      { name: 'Sun', fullDegree: 20, sign: 'Aries', house: 9 },
    ],
    dasha: { major: { planet: 'Mercury', end: '2031-08-24T11:51:03.503Z' } },
    reliability: { ascendant: false, houses: false, dasha_start: false },
  };

  it('counts the houses from the Moon sign (Chandra lagna) and marks the dasha unreliable', () => {
    const facts = readChartFacts(noonChart);
    expect(facts.lagna).toBe('moon');
    expect(facts.rising).toBe('Cancer');
    expect(facts.placements.Moon?.house).toBe(1);
    expect(facts.placements.Sun?.house).toBe(10);
    expect(facts.dashaReliable).toBe(false);
    expect(facts.mahadasha).toEqual({ planet: 'Mercury', end: '2031-08-24' });
  });

  it('keeps the ascendant when the chart is reliable', () => {
    const facts = readChartFacts({ ...noonChart, reliability: { ascendant: true, houses: true, dasha_start: true } });
    expect(facts).toMatchObject({ lagna: 'ascendant', rising: 'Leo', dashaReliable: true });
    expect(facts.placements.Sun?.house).toBe(9);
  });
});
