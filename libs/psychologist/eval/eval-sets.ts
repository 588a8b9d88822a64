import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const Lang = z.enum(['en', 'hinglish', 'hi']);
export type Lang = z.infer<typeof Lang>;

export const DateTimeCase = z.object({
  id: z.string(),
  lang: Lang,
  kind: z.enum(['date', 'time']),
  text: z.string(),
  expect: z.union([
    z.object({ outcome: z.literal('value'), value: z.string(), approximate: z.boolean().optional() }),
    z.object({ outcome: z.literal('ask') }),
    z.object({ outcome: z.literal('unknown') }),
  ]),
});
export type DateTimeCase = z.infer<typeof DateTimeCase>;

export const DialogueCase = z.object({
  id: z.string(),
  lang: Lang,
  turns: z.array(z.string()).min(1),
  expect: z.object({
    date: z.string(),
    time: z.string().nullable(),
    time_approximate: z.boolean().optional(),
    time_unknown: z.boolean().optional(),
    place: z.object({ name: z.string(), country: z.string() }),
  }),
});
export type DialogueCase = z.infer<typeof DialogueCase>;

export const PlaceCase = z.object({
  id: z.string(),
  lang: Lang,
  text: z.string(),
  expect: z.union([
    z.object({ outcome: z.literal('place'), name: z.string(), country: z.string(), lat: z.number(), lon: z.number() }),
    z.object({ outcome: z.literal('ask') }),
  ]),
});
export type PlaceCase = z.infer<typeof PlaceCase>;

/** Reads one JSON Lines file of a set; a missing file is an empty set, a malformed line an error naming it. */
export function readSet<T>(dir: string, file: string, schema: z.ZodType<T>): T[] {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file} line ${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}
