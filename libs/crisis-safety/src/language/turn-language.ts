import { z } from 'zod';
import markers from '../../data/hinglish-markers.json' with { type: 'json' };

/** The language of one turn: English, romanised Hindi mixed with English, or Hindi in Devanagari. */
export const TurnLanguage = z.enum(['en', 'hinglish', 'hi']);
export type TurnLanguage = z.infer<typeof TurnLanguage>;

const MarkerList = z.strictObject({
  format: z.literal('amigo-hinglish-markers/1'),
  about: z.string(),
  words: z.array(z.string().regex(/^[a-z]+$/)).min(1),
});
const MARKERS = new Set(MarkerList.parse(markers).words);

/** The share of a turn's Latin words that must be Hindi markers for a longer turn to count as Hinglish. */
const MIN_MARKER_SHARE = 0.2;
/** A turn this short counts as Hinglish on a single marker ("kya karu", "theek nahi"). */
const SHORT_TURN_WORDS = 3;

/**
 * Which language to answer a turn in, from the turn alone: mostly Devanagari letters -> `hi`; romanised Hindi
 * function words ("mujhe", "nahi", "hai") -> `hinglish`; otherwise `en`. Speech-to-text writes Hindi either way,
 * so the script decides between the two.
 */
export function detectTurnLanguage(text: string): TurnLanguage {
  const devanagari = text.match(/\p{Script=Devanagari}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (devanagari > 0 && devanagari >= latin) return 'hi';
  const words = text.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
  const hits = words.filter((word) => MARKERS.has(word)).length;
  if (hits >= 2 && hits / words.length >= MIN_MARKER_SHARE) return 'hinglish';
  if (hits >= 1 && words.length <= SHORT_TURN_WORDS) return 'hinglish';
  return 'en';
}
