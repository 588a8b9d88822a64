import { z } from 'zod';
import texts from '../../data/care-messages.json' with { type: 'json' };
import { TurnLanguage } from '../language/turn-language.js';

const Sentence = z.string().min(1).max(400);

/** The words of the care messages in one language (`data/care-messages.json`); `{...}` are filled in. */
export const CareTexts = z.strictObject({
  opening: z.strictObject({
    immediate_danger: Sentence.includes('{emergency}'),
    suicidal_intent: Sentence,
    self_harm: Sentence,
    abuse: Sentence,
  }),
  reach: Sentence.includes('{lines}'),
  close: Sentence,
  check_ins: z.array(Sentence).min(1),
  danger_first: Sentence.includes('{emergency}'),
  resources: Sentence.includes('{lines}').includes('{emergency}'),
  line: Sentence.includes('{name}').includes('{qualities}').includes('{ways}'),
  line_plain: Sentence.includes('{name}').includes('{ways}'),
  call: Sentence.includes('{numbers}'),
  text: Sentence.includes('{keyword}').includes('{number}'),
  text_plain: Sentence.includes('{number}'),
  or: z.string().min(1),
  lines_or: z.string().min(1),
  free: Sentence,
  always_open: Sentence,
  services: z.strictObject({
    all: Sentence.includes('{number}'),
    ambulance: Sentence.includes('{number}'),
    police: Sentence.includes('{number}'),
  }),
  /** The way to help where no national line is known: never "call" a website. */
  no_national_line: Sentence.includes('findahelpline.com'),
  local_emergency: Sentence,
});
export type CareTexts = z.infer<typeof CareTexts>;

const CareTextFile = z.strictObject({
  format: z.literal('amigo-care-messages/1'),
  languages: z.record(TurnLanguage, CareTexts),
});

/** The shipped care texts by language, validated when first read. */
export const CARE_TEXTS: Readonly<Record<TurnLanguage, CareTexts>> = Object.freeze(CareTextFile.parse(texts).languages);

/** `template` with each `{key}` replaced by its value. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
