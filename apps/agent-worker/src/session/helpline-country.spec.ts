import { countryOfClient } from '@amigo/crisis-safety';
import { helplineCountry } from './helpline-country.js';

describe('the helplines country, remembered per locale and zone', () => {
  it('answers as countryOfClient does, the first time and from memory', () => {
    const places = [
      { locale: 'en-US', timeZone: 'Asia/Calcutta' },
      { locale: 'de-CH', timeZone: 'Europe/Zurich' },
      { locale: 'de-DE', timeZone: 'Europe/Zurich' },
      { locale: 'en-GB', timeZone: 'UTC' },
      { locale: 'en' },
      {},
    ];
    for (let round = 0; round < 2; round++) {
      for (const place of places) {
        expect([place, helplineCountry(place, 'IN')]).toEqual([place, countryOfClient(place, 'IN')]);
        expect([place, helplineCountry(place, 'GB')]).toEqual([place, countryOfClient(place, 'GB')]);
      }
    }
    expect(helplineCountry({ locale: 'en' }, 'GB')).toBe('GB');
    expect(helplineCountry({ locale: 'de-CH', timeZone: 'Europe/Zurich' }, 'IN')).toBe('CH');
  });
});
