import { LEXICON } from './lexicon.js';
import { words } from './normalize.js';

/** The three ways Amigo's users speak: English, romanised Hindi mixed with English, Hindi in Devanagari. */
export type AnswerLanguage = 'en' | 'hinglish' | 'hi';

/**
 * Which of the three an utterance is in: Devanagari letters outnumbering Latin ones make it Hindi, a romanised
 * Hindi word ("haan", "baje", "mera", "tha") makes it Hinglish, anything else is English.
 */
export function detectLanguage(text: string): AnswerLanguage {
  const devanagari = (text.match(/[\u0900-\u097f]/g) ?? []).length;
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  if (devanagari > 0 && devanagari >= latin) return 'hi';
  return words(text).some((w) => LEXICON.hinglishMarkers.has(w)) ? 'hinglish' : 'en';
}
