import { readChartFacts } from '../chart/chart-facts.js';
import { REFERENCE_KUNDALIS } from '../testing/reference-kundalis.js';
import { alignContentHouseClaims, alignHouseClaims } from './house-claims.js';

// R002: Libra rising; Saturn in Aquarius, the 5th house from the ascendant; Venus in the 7th.
const facts = readChartFacts(REFERENCE_KUNDALIS.R002);

describe('house claims checked against the chart', () => {
  it('corrects a house the chart does not give that planet', () => {
    expect(alignHouseClaims('Saturn sits in the 7th house, so commitments weigh heavily.', facts)).toBe(
      'Saturn sits in the 5th house, so commitments weigh heavily.',
    );
    expect(alignHouseClaims('With Saturn in house 3 they build slowly.', facts)).toBe('With Saturn in house 5 they build slowly.');
  });

  it('leaves correct claims and claims without a planet alone', () => {
    const right = 'Venus in the 7th house softens partnerships. The 10th house of career asks for patience.';
    expect(alignHouseClaims(right, facts)).toBe(right);
  });

  it('hedges a house that the uncertain birth time leaves open, counted from the Moon', () => {
    const unknown = readChartFacts({
      ...REFERENCE_KUNDALIS.R002,
      reliability: { ascendant: false, houses: false, dasha_start: false },
      time_sensitivity: {
        basis: 'unknown_time',
        window: { from: '1990-01-01T00:00:00.000Z', to: '1990-01-01T23:59:00.000Z' },
        ascendant_signs: ['Aries', 'Taurus'],
        planet_houses: {},
        moon_signs: ['Cancer', 'Leo'],
        moon_nakshatras: ['Ashlesha', 'Magha'],
        dasha_start_lords: ['Mercury', 'Ketu'],
        dasha_shift_days: 4000,
      },
    });
    // From Cancer Saturn (Aquarius) is in the 8th house, from Leo in the 7th.
    expect(alignHouseClaims('Saturn sits in the 3rd house.', unknown)).toBe('Saturn sits in the 7th or 8th house.');
    expect(alignContentHouseClaims({ a: ['Saturn sits in the 7th house.'] }, unknown)).toEqual({ a: ['Saturn sits in the 7th or 8th house.'] });
  });
});
