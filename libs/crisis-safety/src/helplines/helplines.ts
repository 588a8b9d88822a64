import { z } from 'zod';

export const HelplineService = z.object({
  name: z.string().min(1),
  /** As they are dialled; the first is the one said aloud. */
  numbers: z.array(z.string().min(1)).min(1),
  /** How to reach it besides calling, e.g. "text 988". */
  also: z.string().optional(),
  hours: z.string().min(1),
  url: z.url(),
});
export type HelplineService = z.infer<typeof HelplineService>;

export const CountryHelplines = z.object({
  /** ISO 3166-1 alpha-2, or "INTL" for the fallback. */
  country: z.string().regex(/^(?:[A-Z]{2}|INTL)$/),
  /** Suicide and emotional crisis support. */
  crisis: HelplineService,
  /** Police / ambulance, said first when someone is in immediate danger. */
  emergency: z.string().min(1),
  /** Violence and abuse support, when the country has a national line. */
  abuse: HelplineService.optional(),
  /** Where the numbers were taken from. */
  sources: z.array(z.url()).min(1),
  /**
   * Month of the newest published material (official pages, press releases, parliamentary answers) the numbers
   * were cross-checked against; null when the entry rests on the service's long-published number alone.
   */
  as_of: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
});
export type CountryHelplines = z.infer<typeof CountryHelplines>;

/**
 * Helplines by country. India first: most of Amigo's users are there. Re-check every entry against its
 * sources before a release; README.md says how each one was chosen.
 */
export const HELPLINES: Readonly<Record<string, CountryHelplines>> = {
  IN: {
    country: 'IN',
    crisis: {
      name: 'Tele-MANAS, the national mental health helpline',
      numbers: ['14416', '1-800-891-4416'],
      hours: 'free, 24 hours a day, in 20 languages',
      url: 'https://telemanas.mohfw.gov.in/',
    },
    emergency: '112',
    abuse: {
      name: 'the Women Helpline (181), or the Child Helpline (1098) for anyone under 18',
      numbers: ['181', '1098'],
      hours: 'free, 24 hours a day',
      url: 'https://wcd.gov.in/',
    },
    sources: [
      'https://telemanas.mohfw.gov.in/',
      'https://pib.gov.in/',
      'https://wcd.gov.in/',
    ],
    as_of: '2025-12',
  },
  US: {
    country: 'US',
    crisis: {
      name: 'the 988 Suicide and Crisis Lifeline',
      numbers: ['988'],
      also: 'call or text 988',
      hours: 'free, 24 hours a day',
      url: 'https://988lifeline.org/',
    },
    emergency: '911',
    abuse: {
      name: 'the National Domestic Violence Hotline',
      numbers: ['1-800-799-7233'],
      also: 'text START to 88788',
      hours: '24 hours a day',
      url: 'https://www.thehotline.org/',
    },
    sources: ['https://988lifeline.org/', 'https://www.thehotline.org/'],
    as_of: null,
  },
  GB: {
    country: 'GB',
    crisis: {
      name: 'Samaritans',
      numbers: ['116 123'],
      hours: 'free, 24 hours a day',
      url: 'https://www.samaritans.org/',
    },
    emergency: '999',
    abuse: {
      name: 'the National Domestic Abuse Helpline',
      numbers: ['0808 2000 247'],
      hours: 'free, 24 hours a day',
      url: 'https://www.nationaldahelpline.org.uk/',
    },
    sources: [
      'https://www.samaritans.org/',
      'https://www.nationaldahelpline.org.uk/',
    ],
    as_of: null,
  },
  IE: {
    country: 'IE',
    crisis: {
      name: 'Samaritans Ireland',
      numbers: ['116 123'],
      hours: 'free, 24 hours a day',
      url: 'https://www.samaritans.org/ireland/',
    },
    emergency: '112 or 999',
    sources: ['https://www.samaritans.org/ireland/'],
    as_of: null,
  },
  CA: {
    country: 'CA',
    crisis: {
      name: 'the 9-8-8 Suicide Crisis Helpline',
      numbers: ['988'],
      also: 'call or text 988',
      hours: 'free, 24 hours a day',
      url: 'https://988.ca/',
    },
    emergency: '911',
    sources: ['https://988.ca/'],
    as_of: null,
  },
  AU: {
    country: 'AU',
    crisis: {
      name: 'Lifeline',
      numbers: ['13 11 14'],
      hours: '24 hours a day',
      url: 'https://www.lifeline.org.au/',
    },
    emergency: '000',
    abuse: {
      name: '1800RESPECT',
      numbers: ['1800 737 732'],
      hours: '24 hours a day',
      url: 'https://www.1800respect.org.au/',
    },
    sources: [
      'https://www.lifeline.org.au/',
      'https://www.1800respect.org.au/',
    ],
    as_of: '2024-09',
  },
  NZ: {
    country: 'NZ',
    crisis: {
      name: 'Need to talk? 1737',
      numbers: ['1737'],
      also: 'call or text 1737',
      hours: 'free, 24 hours a day',
      url: 'https://1737.org.nz/',
    },
    emergency: '111',
    sources: ['https://1737.org.nz/'],
    as_of: null,
  },
  SG: {
    country: 'SG',
    crisis: {
      name: 'Samaritans of Singapore',
      numbers: ['1767'],
      hours: '24 hours a day',
      url: 'https://www.sos.org.sg/',
    },
    emergency: '995 for an ambulance, 999 for the police',
    sources: ['https://www.sos.org.sg/'],
    as_of: null,
  },
};

/** For a country without an entry: a directory of free, confidential helplines in many countries. */
export const INTERNATIONAL_HELPLINES: CountryHelplines = {
  country: 'INTL',
  crisis: {
    name: 'Find A Helpline, which lists free and confidential helplines in your country',
    numbers: ['findahelpline.com'],
    hours: 'online at any time',
    url: 'https://findahelpline.com/',
  },
  emergency: 'your local emergency number',
  sources: ['https://findahelpline.com/'],
  as_of: null,
};

export const DEFAULT_HELPLINE_COUNTRY = 'IN';

/**
 * The helplines for a country code; unknown countries get the international directory. No country at all
 * means India, where most of Amigo's users are.
 */
export function helplinesFor(
  country: string | null | undefined,
  table: Readonly<Record<string, CountryHelplines>> = HELPLINES,
): CountryHelplines {
  const code = (country ?? DEFAULT_HELPLINE_COUNTRY).trim().toUpperCase();
  return table[code] ?? INTERNATIONAL_HELPLINES;
}
