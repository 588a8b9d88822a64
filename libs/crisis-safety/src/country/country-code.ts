import { getCountry } from 'countries-and-timezones';

/**
 * Whether `code` is an assigned ISO 3166-1 alpha-2 country code, upper case ("IN", not "in" or "XX"), as the
 * countries-and-timezones data (from the IANA time zone database) knows them.
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && getCountry(code) !== null;
}
