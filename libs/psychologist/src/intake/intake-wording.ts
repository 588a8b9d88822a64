import type { AnswerLanguage } from '@amigo/birth-answers';
import wording from './intake-wording.json' with { type: 'json' };

export type WordingKey = keyof (typeof wording)['en'];

const MONTHS_HI = ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];

/** What intake says, in the person's language: every sentence is in intake-wording.json, one block per language. */
export function say(lang: AnswerLanguage, key: WordingKey, values: Record<string, string> = {}): string {
  return wording[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** "1990-08-15" read back as "15 August 1990" (in Hindi "15 अगस्त 1990"). */
export function dateLabel(lang: AnswerLanguage, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (lang === 'hi') return `${day} ${MONTHS_HI[month - 1]} ${year}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
