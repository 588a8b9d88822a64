import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { AmigoError } from '../errors/amigo-error.js';

/**
 * Canonical spellings of the tags and zones seen lately. Every session start parses them, and asking Intl costs more
 * than the rest of that parse (an Intl.DateTimeFormat to check a zone, about 100 µs). Bounded, because the values
 * come from clients and Intl accepts any capitalisation: once full, the least recently seen spelling makes room.
 * Exported for their spec, not from the package.
 */
const MAX_REMEMBERED = 1024;
export const LOCALES = new LRUCache<string, string>({ max: MAX_REMEMBERED });
export const TIME_ZONES = new LRUCache<string, string>({ max: MAX_REMEMBERED });

function remembered(seen: LRUCache<string, string>, value: string, canonicalise: (value: string) => string | undefined): string | undefined {
  const known = seen.get(value);
  if (known !== undefined) return known;
  let canonical: string | undefined;
  try {
    canonical = canonicalise(value);
  } catch {
    return undefined;
  }
  if (canonical) seen.set(value, canonical);
  return canonical;
}

const canonicalLocale = (value: string) => remembered(LOCALES, value, (v) => Intl.getCanonicalLocales(v)[0]);
const canonicalTimeZone = (value: string) =>
  remembered(TIME_ZONES, value, (v) => new Intl.DateTimeFormat('en', { timeZone: v }).resolvedOptions().timeZone);

/** A BCP 47 language tag as the browser reports it (`navigator.language`), canonicalised: "hi-IN", "en-GB". */
export const LocaleTag = z
  .string()
  .max(35)
  .transform((value, ctx) => {
    const canonical = canonicalLocale(value);
    if (canonical) return canonical;
    ctx.addIssue({ code: 'custom', message: 'must be a BCP 47 language tag' });
    return z.NEVER;
  });
export type LocaleTag = z.infer<typeof LocaleTag>;

/** An IANA time zone the runtime knows, in ICU's canonical spelling (which keeps old names: "Asia/Kolkata" reads "Asia/Calcutta"). */
export const TimeZoneName = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const canonical = canonicalTimeZone(value);
    if (canonical) return canonical;
    ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone' });
    return z.NEVER;
  });
export type TimeZoneName = z.infer<typeof TimeZoneName>;

/** ISO 3166-1 alpha-2 country code, upper case: "IN". */
export const CountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
  .transform((value) => value.toUpperCase());
export type CountryCode = z.infer<typeof CountryCode>;

/** The value given as a country is not an ISO 3166-1 alpha-2 code. */
export class InvalidCountryError extends AmigoError<'invalid_country'> {
  constructor() {
    super('invalid_country', 'country must be an ISO 3166-1 alpha-2 code');
  }
}
