import { type ClientPlace, countryOfClient } from '@amigo/crisis-safety';

/** Pairs kept; a worker meets few, but they come from clients, so the memory is bounded (once full, new pairs are worked out every time). */
const MAX_REMEMBERED = 1024;
const known = new Map<string, string>();

/**
 * The helplines' country of a client's locale and time zone (`countryOfClient`), remembered per process: working it
 * out builds an `Intl.Locale` and the zone's list of countries, which cost more than the rest of reading the metadata.
 */
export function helplineCountry(place: ClientPlace, fallback: string): string {
  // Tags and zone names hold no spaces, so the key is unambiguous.
  const key = `${fallback} ${place.locale ?? ''} ${place.timeZone ?? ''}`;
  let country = known.get(key);
  if (country === undefined) {
    country = countryOfClient(place, fallback);
    if (known.size < MAX_REMEMBERED) known.set(key, country);
  }
  return country;
}
