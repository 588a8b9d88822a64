import { countryOfClient, KnownCountryCode, remembered } from './client-country.js';
import { isCountryCode } from './country-code.js';

describe('countryOfClient', () => {
  it.each([
    [{ timeZone: 'Asia/Calcutta', locale: 'en-US' }, 'IN'],
    [{ timeZone: 'Asia/Kolkata' }, 'IN'],
    [{ timeZone: 'Asia/Singapore', locale: 'en-SG' }, 'SG'],
    [{ timeZone: 'Asia/Dubai', locale: 'hi-IN' }, 'AE'],
    [{ timeZone: 'Europe/London', locale: 'en-GB' }, 'GB'],
    [{ timeZone: 'America/Toronto', locale: 'en-CA' }, 'CA'],
    [{ timeZone: 'Europe/Zurich', locale: 'de-DE' }, 'DE'],
    [{ timeZone: 'Australia/Sydney' }, 'AU'],
  ])('takes the country of the time zone, the locale deciding within it (%j)', (place, country) => {
    expect(countryOfClient(place, 'IN')).toBe(country);
  });

  it('takes the locale region when the time zone names no country, and the fallback when nothing does', () => {
    expect(countryOfClient({ timeZone: 'UTC', locale: 'en-GB' }, 'IN')).toBe('GB');
    expect(countryOfClient({ locale: 'hi' }, 'US')).toBe('US');
    expect(countryOfClient({ locale: 'en-ZZ' }, 'US')).toBe('US');
    expect(countryOfClient({}, 'SG')).toBe('SG');
  });

  it('answers the same from memory, keeping apart what only the fallback or the boundaries between the parts tell apart', () => {
    for (let round = 0; round < 2; round++) {
      expect(countryOfClient({ locale: 'en' }, 'GB')).toBe('GB');
      expect(countryOfClient({ locale: 'en' }, 'IN')).toBe('IN');
      expect(countryOfClient({ locale: 'de-CH', timeZone: 'Europe/Zurich' }, 'IN')).toBe('CH');
      expect(countryOfClient({ locale: 'de-DE', timeZone: 'Europe/Zurich' }, 'IN')).toBe('DE');
      expect(countryOfClient({ locale: 'en-GB' }, 'IN')).toBe('GB');
      expect(countryOfClient({ timeZone: 'en-GB' }, 'IN')).toBe('IN');
    }
  });

  it('remembers at most 1024 answers, letting the least recently met go, and still answers right for one it let go', () => {
    const zurich = { locale: 'de-CH', timeZone: 'Europe/Zurich' };
    expect(countryOfClient(zurich, 'IN')).toBe('CH');
    expect(remembered.max).toBe(1024);
    for (let i = 1; i <= remembered.max + 50; i++) expect(countryOfClient({ locale: `en-x-${i}`, timeZone: 'UTC' }, 'SG')).toBe('SG');
    expect(remembered.size).toBe(remembered.max);
    expect(remembered.has(JSON.stringify(['IN', zurich.locale, zurich.timeZone]))).toBe(false);
    expect(countryOfClient(zurich, 'IN')).toBe('CH');
    expect(remembered.has(JSON.stringify(['IN', zurich.locale, zurich.timeZone]))).toBe(true);
  });
});

describe('country codes', () => {
  it('knows assigned codes only, in upper case', () => {
    expect(isCountryCode('IN')).toBe(true);
    expect(isCountryCode('in')).toBe(false);
    expect(isCountryCode('XX')).toBe(false);
    expect(KnownCountryCode.parse(' sg ')).toBe('SG');
    expect(KnownCountryCode.safeParse('UK').success).toBe(false);
    expect(KnownCountryCode.safeParse('India').success).toBe(false);
  });
});
