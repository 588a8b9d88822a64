import { getCountriesForTimezone } from 'countries-and-timezones';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { isCountryCode } from './country-code.js';

/** An assigned ISO 3166-1 alpha-2 code in any case, upper-cased: for settings such as a default country. */
export const KnownCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'must be an assigned ISO 3166-1 alpha-2 country code, e.g. IN');

/** What the person's app says about where they are (see ParticipantMetadata in @amigo/contracts). */
export interface ClientPlace {
  /** BCP 47 tag, e.g. "hi-IN"; only an explicit region counts ("en" says nothing about the country). */
  locale?: string;
  /** IANA time zone, e.g. "Asia/Kolkata" (or ICU's "Asia/Calcutta"). */
  timeZone?: string;
}

function regionOf(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    const region = new Intl.Locale(locale).region;
    return region && isCountryCode(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Answers kept per process: working one out builds an `Intl.Locale` and the zone's list of countries, which cost a
 * session start more than the rest of reading its metadata, and a worker meets few pairs. Bounded, because they come
 * from clients: once full, the least recently met pair makes room. Exported for its spec, not from the package.
 */
const MAX_REMEMBERED = 1024;
export const remembered = new LRUCache<string, string>({ max: MAX_REMEMBERED });

/**
 * The country whose helplines to offer. The time zone is the better hint (many people in India run an "en-US"
 * browser); the locale's region decides between the countries of one time zone (Europe/Zurich: CH, DE or LI) and
 * stands alone when the time zone names no country (UTC). Without either, `fallback`.
 */
export function countryOfClient(place: ClientPlace, fallback: string): string {
  const key = JSON.stringify([fallback, place.locale, place.timeZone]);
  let country = remembered.get(key);
  if (country === undefined) {
    country = workedOut(place, fallback);
    remembered.set(key, country);
  }
  return country;
}

function workedOut(place: ClientPlace, fallback: string): string {
  const region = regionOf(place.locale);
  const zoneCountries: string[] = place.timeZone ? getCountriesForTimezone(place.timeZone).map((country) => country.id) : [];
  const [primary] = zoneCountries;
  if (primary) return region && zoneCountries.includes(region) ? region : primary;
  return region ?? fallback;
}
