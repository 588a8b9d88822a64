import { z } from 'zod';
import table from '../../data/helplines.json' with { type: 'json' };
import { isCountryCode } from '../country/country-code.js';

/** When and where an entry was last checked: the page it was read from, and the day. */
const Provenance = {
  source: z.url(),
  checked: z.iso.date(),
};

/** A number as it is dialled: digits, with spaces or hyphens between groups. */
const DialledNumber = z.string().regex(/^\d(?:[\d -]*\d)?$/, 'digits with spaces or hyphens between groups');

export const HelplineService = z
  .strictObject({
    /** The service's own name, said as it is in every language. */
    name: z.string().min(1).max(80),
    /** The name as text-to-speech should say it, when it holds a number ("9 8 8 Suicide and Crisis Lifeline"). */
    spoken_name: z.string().min(1).max(80).refine((name) => !/\d\d/.test(name), 'digits one by one').optional(),
    /** As they are dialled; the first is said first. Empty for a text-only line. */
    numbers: z.array(DialledNumber).max(3),
    /** A text-message line: the number and, where the service asks for one, the first word to send. */
    text: z.strictObject({ number: DialledNumber, keyword: z.string().min(1).max(20).optional() }).optional(),
    /** Only when the service says so: absent means "not stated", never "not free". */
    free: z.boolean().optional(),
    /** Only when the service says it answers at any hour. */
    always_open: z.boolean().optional(),
    url: z.url().startsWith('https://'),
    ...Provenance,
  })
  .refine((service) => service.numbers.length > 0 || service.text !== undefined, 'a number to call or to text')
  .refine((service) => service.spoken_name !== undefined || !/\d\d/.test(service.name), 'a spoken_name for a name with a number');
export type HelplineService = z.infer<typeof HelplineService>;

export const EmergencyNumbers = z.strictObject({
  /** Said first when someone is in immediate danger; the first is the one for a medical emergency. */
  numbers: z
    .array(z.strictObject({ number: DialledNumber, service: z.enum(['all', 'ambulance', 'police']) }))
    .min(1)
    .max(3),
  ...Provenance,
});
export type EmergencyNumbers = z.infer<typeof EmergencyNumbers>;

export const CountryHelplines = z.strictObject({
  country: z.string().refine(isCountryCode, 'an assigned ISO 3166-1 alpha-2 code, upper case'),
  emergency: EmergencyNumbers,
  /** Suicide and emotional crisis support, the national line first. */
  crisis: z.array(HelplineService).min(1).max(3),
  /** Violence and abuse support, when the country has a national line. */
  abuse: z.array(HelplineService).max(3),
});
export type CountryHelplines = z.infer<typeof CountryHelplines>;

/** The helpline data file (`data/helplines.json`): one entry per country. */
export const HelplineTable = z
  .strictObject({
    format: z.literal('amigo-helplines/1'),
    countries: z.array(CountryHelplines).min(1),
  })
  .refine((file) => new Set(file.countries.map((entry) => entry.country)).size === file.countries.length, 'one entry per country');
export type HelplineTable = z.infer<typeof HelplineTable>;

/** The rest of the world: no national line and no emergency number known. */
export interface InternationalHelplines {
  country: 'INTL';
  emergency: null;
  crisis: readonly [];
  abuse: readonly [];
}

/** What is offered where: a country's entry, or {@link INTERNATIONAL_HELPLINES}. */
export type Helplines = CountryHelplines | InternationalHelplines;

/** For a country without an entry: the care message points to findahelpline.com and local emergency services. */
export const INTERNATIONAL_HELPLINES: InternationalHelplines = Object.freeze({
  country: 'INTL',
  emergency: null,
  crisis: [],
  abuse: [],
} as const);

/** Where most of Amigo's users are: the country when nothing else is known. */
export const DEFAULT_HELPLINE_COUNTRY = 'IN';

/** The shipped helplines by country code, validated when first read. */
export const HELPLINES: Readonly<Record<string, CountryHelplines>> = Object.freeze(
  Object.fromEntries(HelplineTable.parse(table).countries.map((entry) => [entry.country, entry])),
);

/** The helplines for a country code (any case); a country without an entry gets {@link INTERNATIONAL_HELPLINES}. */
export function helplinesFor(
  country: string | null | undefined,
  helplines: Readonly<Record<string, CountryHelplines>> = HELPLINES,
): Helplines {
  const code = (country ?? DEFAULT_HELPLINE_COUNTRY).trim().toUpperCase();
  return helplines[code] ?? INTERNATIONAL_HELPLINES;
}
