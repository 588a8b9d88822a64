/** Text keys for matching spoken or typed place names against the gazetteer. */

const DEVANAGARI = /[\u0900-\u097f]/;

/** Lower-case Latin key without accents or punctuation: "Thāne" → "thane", "St. John's" → "st johns". */
export function latinKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function hasDevanagari(s: string): boolean {
  return DEVANAGARI.test(s);
}

/** Devanagari key: NFC, without punctuation, single spaces ("मुज़फ़्फ़रनगर" keeps its nukta). */
export function devanagariKey(s: string): string {
  return s.normalize('NFC').replace(/[^\u0900-\u097f\s]/g, ' ').replace(/[\u0964\u0965]/g, ' ').replace(/\s+/g, ' ').trim();
}

const CONSONANTS: Readonly<Record<string, string>> = {
  क: 'k', ख: 'kh', ग: 'g', घ: 'gh', ङ: 'n', च: 'ch', छ: 'chh', ज: 'j', झ: 'jh', ञ: 'n', ट: 't', ठ: 'th', ड: 'd',
  ढ: 'dh', ण: 'n', त: 't', थ: 'th', द: 'd', ध: 'dh', न: 'n', प: 'p', फ: 'ph', ब: 'b', भ: 'bh', म: 'm', य: 'y',
  र: 'r', ल: 'l', ळ: 'l', व: 'v', श: 'sh', ष: 'sh', स: 's', ह: 'h',
};
const NUKTA_CONSONANTS: Readonly<Record<string, string>> = { क: 'q', ख: 'kh', ग: 'g', ज: 'z', ड: 'r', ढ: 'rh', फ: 'f', य: 'y' };
const VOWELS: Readonly<Record<string, string>> = {
  अ: 'a', आ: 'a', इ: 'i', ई: 'i', उ: 'u', ऊ: 'u', ऋ: 'ri', ए: 'e', ऐ: 'ai', ओ: 'o', औ: 'au', ऑ: 'o', ऍ: 'e',
};
const SIGNS: Readonly<Record<string, string>> = {
  'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॉ': 'o', 'ॅ': 'e',
};
const VIRAMA = '\u094d';
const NUKTA = '\u093c';

/** One letter of Devanagari romanised: a consonant (or none, for a vowel letter) and the vowel spoken after it. */
interface Syllable {
  consonant: string;
  vowel: string;
  /** The vowel is the inherent a, which Hindi often leaves unspoken inside a word. */
  schwa: boolean;
  /** Not a Devanagari letter (a space, a Latin letter): words meet here. */
  boundary: boolean;
}

function syllables(text: string): Syllable[] {
  const chars = [...text.normalize('NFD')];
  const out: Syllable[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (CONSONANTS[c] !== undefined) {
      let consonant = CONSONANTS[c];
      if (chars[i + 1] === NUKTA) {
        consonant = NUKTA_CONSONANTS[c] ?? consonant;
        i++;
      }
      const next = chars[i + 1];
      let vowel = '';
      let schwa = false;
      if (next === VIRAMA) {
        i++;
      } else if (next !== undefined && SIGNS[next] !== undefined) {
        vowel = SIGNS[next];
        i++;
      } else if (next !== undefined && (CONSONANTS[next] !== undefined || VOWELS[next] !== undefined || next === '\u0902' || next === '\u0901' || next === '\u0903')) {
        vowel = 'a';
        schwa = true;
      }
      out.push({ consonant, vowel, schwa, boundary: false });
    } else if (VOWELS[c] !== undefined) {
      out.push({ consonant: '', vowel: VOWELS[c], schwa: false, boundary: false });
    } else if (c === '\u0902' || c === '\u0901') {
      out.push({ consonant: 'n', vowel: '', schwa: false, boundary: false });
    } else if (c === '\u0903') {
      out.push({ consonant: 'h', vowel: '', schwa: false, boundary: false });
    } else if (!DEVANAGARI.test(c)) {
      out.push({ consonant: c, vowel: '', schwa: false, boundary: true });
    }
  }
  return out;
}

/**
 * Romanises Hindi in Devanagari the way Indian place names are usually spelled in Latin letters ("पटना" → "patana",
 * the inherent vowel kept except at the end of a word). Schwa deletion inside words is left to skeletonKey and
 * readingsOf.
 */
export function transliterate(text: string): string {
  return latinKey(syllables(text).map((s) => s.consonant + s.vowel).join(''));
}

/**
 * The ways a Hindi name in Devanagari is likely spelled in Latin letters, most likely first: with the inherent a
 * left unspoken between a vowel and a consonant that carries one, as Hindi speech does ("सतना" → "satna",
 * "बिलासपुर" → "bilaspur"; right to left, so that no three consonants meet), then with every inherent a written
 * ("satana"), which some names keep.
 */
export function readingsOf(text: string): string[] {
  const units = syllables(text);
  const spoken = (u: Syllable | undefined) => u !== undefined && !u.boundary && u.vowel !== '';
  for (let i = units.length - 2; i >= 1; i--) {
    const u = units[i];
    if (u.schwa && spoken(units[i - 1]) && spoken(units[i + 1]) && units[i + 1].consonant !== '') units[i] = { ...u, vowel: '' };
  }
  return [...new Set([latinKey(units.map((s) => s.consonant + s.vowel).join('')), transliterate(text)])];
}

/**
 * A spelling-tolerant key: the consonant skeleton of a name, so that variants of one name meet ("Muzzafarpur" and
 * "Muzaffarpur", "Gwalior" and the romanised "ग्वालियर", "Saharanpur" and "saharanapur"). Aspiration, doubled
 * letters, vowels after the first letter and the usual alternations (w/v, z/j, c/k, y between vowels) are dropped.
 */
export function skeletonKey(name: string): string {
  let s = latinKey(name).replace(/\s+/g, '');
  s = s
    .replace(/ph/g, 'f')
    .replace(/ch/g, 'C')
    .replace(/sh/g, 's')
    .replace(/c/g, 'k')
    .replace(/C/g, 'c')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/x/g, 'ks')
    .replace(/m(?=[bp])/g, 'n')
    .replace(/h/g, '')
    .replace(/([aeiou])y(?=[aeiou]|$)/g, '$1')
    .replace(/^y(?=[aeiou])/, '');
  const first = /^[aeiou]/.test(s) ? '*' : s.charAt(0);
  const rest = s.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  return (first + rest).replace(/^(.)\1+/, '$1');
}
