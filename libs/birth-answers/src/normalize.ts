const DEVANAGARI_ZERO = 0x0966;

/**
 * One spelling per word, so word lists match what speech-to-text writes: lower case, no apostrophes, Devanagari
 * digits as ASCII, nukta dropped and chandrabindu written as anusvara (STT and typists use both), a word spelled
 * letter by letter written whole.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u093c]/g, '')
    .replace(/\u0901/g, '\u0902')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO))
    .replace(/['\u2019\u2018`]/g, '')
    // A name spelled out letter by letter ("k a n n u r", "k-a-n-n-u-r") is that name.
    .replace(/(?<![a-z])[a-z](?:[ -][a-z](?![a-z])){2,}/g, (letters) => letters.replace(/[ -]/g, ''));
}

/** A word, a number as written ("21", "6:45", "04/07/1991") or a clause break (","), in reading order. */
export const TOKEN = /\d+(?:[:/.-]\d+)*|[\p{L}\p{M}]+|[,;!?\u0964]/gu;

/** Words of normalized text; clause breaks are kept as "," so "not Lucknow, Kanpur" keeps its two halves. */
export function words(text: string): string[] {
  return (normalizeText(text).match(TOKEN) ?? []).map((t) => (/^[,;!?\u0964]$/.test(t) ? ',' : t));
}
