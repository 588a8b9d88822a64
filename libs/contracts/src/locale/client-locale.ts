import { z } from 'zod';

/** A BCP 47 language tag as the browser reports it (`navigator.language`), canonicalised: "hi-IN", "en-GB". */
export const LocaleTag = z
  .string()
  .max(35)
  .transform((value, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical) return canonical;
    } catch {
      // Falls through to the issue below: not a well-formed tag.
    }
    ctx.addIssue({ code: 'custom', message: 'must be a BCP 47 language tag' });
    return z.NEVER;
  });
export type LocaleTag = z.infer<typeof LocaleTag>;

/** An IANA time zone the runtime knows, in ICU's canonical spelling (which keeps old names: "Asia/Kolkata" reads "Asia/Calcutta"). */
export const TimeZoneName = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    try {
      return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone' });
      return z.NEVER;
    }
  });
export type TimeZoneName = z.infer<typeof TimeZoneName>;

/** ISO 3166-1 alpha-2 country code, upper case: "IN". */
export const CountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
  .transform((value) => value.toUpperCase());
export type CountryCode = z.infer<typeof CountryCode>;
