/**
 * Brings an utterance into the one spelling the rules are written against: lower case, "'ll" spelled out
 * ("he'll" -> "he will", not "hell"; "he'd" -> "he would"), other apostrophes dropped ("don't" -> "dont", as people type it anyway),
 * punctuation as spaces, single spaces. Devanagari loses its
 * nukta and chandrabindu becomes anusvara, so "ख़ुदकुशी"/"खुदकुशी" and "हूँ"/"हूं" match alike.
 */
export function normalizeUtterance(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\u093c/g, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/['’‘`´]ll\b/g, ' will')
    .replace(/\b(i|you|he|she|they|we)['’‘`´]d\b/g, '$1 would')
    .replace(/['’‘`´]/g, '')
    .replace(/[^a-z0-9\p{Script=Devanagari}]+/gu, ' ')
    .replace(/\b(my|him|her|your|it) self\b/g, '$1self')
    .replace(/\bmarja(?=\w)/g, 'mar ja')
    .replace(/\bkhudko\b/g, 'khud ko')
    // Romanised Hindi spelled as it sounds: "marr jana", "nus kaat li".
    .replace(/\bmarr(na|ne|ni|ke|kar|)\b/g, 'mar$1')
    .replace(/\bnus(?= (?:kaat|kat))/g, 'nas')
    .trim();
}
