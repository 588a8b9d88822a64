import type { Kundali, PersonalityXRay } from '@amigo/contracts';
import { summarizeProfile } from './chart-summary.js';

const xray: PersonalityXRay = {
  core_identity: { archetype: 'The Nurturer' },
  emotional_architecture: {},
  therapist_cheat_sheet: {},
};

const base: Kundali = {
  ascendant: 'Cancer',
  planets: [
    { name: 'Sun', fullDegree: 118, sign: 'Cancer' },
    { name: 'Moon', fullDegree: 40, sign: 'Taurus', nakshatra: 'Rohini' },
  ],
  dasha: { major: { planet: 'Saturn' } },
};

describe('summarizeProfile', () => {
  it('states the chart as fact when the birth time is exact', () => {
    const text = summarizeProfile({ ...base, reliability: { ascendant: true, houses: true, dasha_start: true } }, xray);
    expect(text).toContain('Your ascendant is Cancer');
    expect(text).toContain('the Moon in Taurus (Rohini nakshatra)');
    expect(text).toContain('You are in your Saturn period.');
  });

  it('never names the rising sign, one Moon sign or one nakshatra when the time is unknown', () => {
    const text = summarizeProfile(
      {
        ...base,
        reliability: { ascendant: false, houses: false, dasha_start: false },
        time_sensitivity: {
          basis: 'unknown_time',
          window: { from: '1990-01-01T00:00:00.000Z', to: '1990-01-01T23:59:00.000Z' },
          ascendant_signs: ['Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo', 'Libra', 'Scorpio', 'Sagittarius', 'Capricorn', 'Aquarius', 'Pisces'],
          planet_houses: {},
          moon_signs: ['Taurus'],
          moon_nakshatras: ['Rohini', 'Mrigashira'],
          dasha_start_lords: ['Moon', 'Mars'],
          dasha_shift_days: 2000,
          running_mahadashas: ['Saturn', 'Mercury'],
        },
      },
      xray,
    );
    expect(text).not.toContain('ascendant is');
    expect(text).toContain('Without a birth time your rising sign cannot be known');
    expect(text).toContain('(Rohini or Mrigashira nakshatra)');
    expect(text).toContain('You are in your Saturn or Mercury period; the birth time decides which.');
  });

  it('says how far an approximate time reaches', () => {
    const text = summarizeProfile(
      {
        ...base,
        reliability: { ascendant: false, houses: false, dasha_start: false },
        time_sensitivity: {
          basis: 'approximate_time',
          window: { from: '1990-01-01T05:00:00.000Z', to: '1990-01-01T06:00:00.000Z', minutes_either_side: 30 },
          ascendant_signs: ['Gemini', 'Cancer'],
          planet_houses: {},
          moon_signs: ['Taurus'],
          moon_nakshatras: ['Rohini'],
          dasha_start_lords: ['Moon'],
          dasha_shift_days: 45,
          running_mahadashas: ['Saturn'],
        },
      },
      xray,
    );
    expect(text).toContain('With your birth time known to within 30 minutes, your rising sign could be Gemini or Cancer');
    expect(text).toContain('the Moon in Taurus (Rohini nakshatra)');
    expect(text).toContain('You are in your Saturn period, though its dates can move by up to 45 days either way.');
  });
});
