import { z } from 'zod';
import requests from '../../data/helpline-requests.json' with { type: 'json' };

const RequestWords = z.strictObject({
  format: z.literal('amigo-helpline-requests/1'),
  about: z.string(),
  always: z.array(z.string().min(2)).min(1),
  after_safety_response: z.array(z.string().min(2)),
});
const WORDS = RequestWords.parse(requests);

function mentions(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  if (at === -1) return false;
  const before = text[at - 1];
  const after = text[at + phrase.length];
  const boundary = (char: string | undefined) => char === undefined || !/[\p{L}\p{N}]/u.test(char);
  return boundary(before) && boundary(after);
}

/**
 * Whether the person asks for the helplines: always for "helpline" or "hotline"; once the session has had a safety
 * response, also for a plain "number?" or "who can I call".
 */
export function asksForHelpline(text: string, afterSafetyResponse: boolean): boolean {
  const lower = text.toLowerCase();
  const phrases = afterSafetyResponse ? [...WORDS.always, ...WORDS.after_safety_response] : WORDS.always;
  return phrases.some((phrase) => mentions(lower, phrase));
}
