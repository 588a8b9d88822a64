import confirmations from '../data/confirmations.json' with { type: 'json' };
import months from '../data/months.json' with { type: 'json' };
import numbers from '../data/numbers.json' with { type: 'json' };
import placeNamesHi from '../data/place-names.hi.json' with { type: 'json' };
import placeNamesRenamed from '../data/place-names.renamed.json' with { type: 'json' };
import sentenceWords from '../data/sentence-words.json' with { type: 'json' };
import timeWords from '../data/time-words.json' with { type: 'json' };
import weekdays from '../data/weekdays.json' with { type: 'json' };
import { normalizeText } from './normalize.js';
import { PhraseSet } from './phrases.js';

/** Parts of the day people name instead of am/pm, from "tadke" (before dawn) to "aadhi raat" (midnight). */
export type DayPart = 'early_morning' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | 'late_night' | 'midnight';

function table(entries: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(entries).map(([word, value]) => [normalizeText(word), value]));
}

const YEAR_WORDS = new Set(['year', 'saal', 'san', 'sun', 'सन', 'साल', 'varsh', 'वर्ष', 'ko', 'को', 'tha', 'thi', 'था', 'थी', 'hai', 'है']);

/**
 * One spelling for the ways a romanised Hindi number is written: long vowels spelled doubled or single ("unnees",
 * "unis", "athaasi" -> "unis", "athasi"), "w" for "v" ("nawasi"), doubled consonants written once ("athhattar").
 */
export function soundKey(word: string): string {
  return word.replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/w/g, 'v').replace(/(.)\1+/g, '$1');
}

function singled(entries: Record<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const clash = new Set<string>();
  for (const [word, value] of Object.entries(entries)) {
    const key = soundKey(normalizeText(word));
    if (out.has(key) && out.get(key) !== value) clash.add(key);
    out.set(key, value);
  }
  // A spelling two numbers share once singled is no evidence for either.
  for (const key of clash) out.delete(key);
  return out;
}

/** The word lists of data/, loaded once and matched in normalized form. */
export const LEXICON = {
  numbersEn: table(numbers.en),
  ordinals: table(numbers.enOrdinals),
  numbersHinglish: table(numbers.hinglish),
  /** The romanised numbers by their sound key, as speech-to-text and people vary the spelling ("athhattar", "unnees"). */
  numbersHinglishSingled: singled(numbers.hinglish),
  /** Romanised Hindi numbers that are also English words ("do", "teen"): numbers only in a Hinglish answer. */
  alsoEnglish: new Set(numbers.alsoEnglish),
  /** "ek second", "one thing": a number word that opens a phrase of talk, not a number. */
  notNumbers: PhraseSet.of(numbers.notNumbers),
  numbersHi: table(numbers.hi),
  /** Words speech-to-text writes for a spoken digit ("ninety to", "eighty ate"): digits only where a number ends. */
  homophones: table(numbers.homophones),
  /** "oh" for zero inside a spoken year or time ("twenty oh five", "one oh five"). */
  zeroWords: new Set(numbers.zeroWords.map(normalizeText)),
  /** Words that close a spoken number in a sentence ("... ninety to ko"), as the end of the answer or a comma does. */
  numberEnds: new Set(numbers.numberEnds.map(normalizeText)),
  /** "no one", "any one", "which one": after these "one" is a pronoun, not a number. */
  pronounOneAfter: new Set(numbers.pronounOneAfter.map(normalizeText)),
  hundred: new Set(numbers.hundred.map(normalizeText)),
  /** "unis so athasi": "sau" as speech-to-text also writes it, a hundred only after a romanised Hindi number. */
  hundredAfterHinglish: new Set(numbers.hundredAfterHinglish.map(normalizeText)),
  thousand: new Set(numbers.thousand.map(normalizeText)),
  /** Days of the week, Sunday 0 as `Date.getUTCDay` counts them, to check against the date said with one. */
  weekdays: new PhraseSet<number>(Object.entries(weekdays).flatMap(([day, names]) => names.map((n) => [n, Number(day)] as const))),
  months: new Map(Object.entries(months).flatMap(([month, names]) => names.map((n) => [normalizeText(n), Number(month)] as const))),
  dayParts: new PhraseSet<DayPart>(
    Object.entries(timeWords.dayParts).flatMap(([part, list]) => list.map((p) => [p, part as DayPart] as const)),
  ),
  meridiem: new PhraseSet<'am' | 'pm'>([
    ...timeWords.meridiem.am.map((p) => [p, 'am'] as const),
    ...timeWords.meridiem.pm.map((p) => [p, 'pm'] as const),
  ]),
  hourMarkers: PhraseSet.of(timeWords.hourMarkers),
  twentyFourHour: PhraseSet.of(timeWords.twentyFourHourMarkers),
  /** Words that may stand between a clock and a word of degree about it ("2 baje, thoda upar neeche"). */
  hedgeGap: new Set(timeWords.hedgeScope.between.map(normalizeText)),
  /** English words of degree that hedge a clock only when said before it ("almost 6", not "6 pm, almost too late"). */
  hedgesBeforeOnly: new Set(timeWords.hedgeScope.beforeOnly.map(normalizeText)),
  timeEitherOr: new Set(timeWords.eitherOr.map(normalizeText)),
  /** Words that join two clocks into a span ("5 aur 7 ke beech", "from 5 to 7", "पाँच से सात"). */
  rangeJoiners: new Set(timeWords.rangeJoiners.map(normalizeText)),
  /** "ten to eleven": the counts of minutes people say before "to"; "2 to 4" with any other count is a span of hours. */
  minutesToCounts: new Set(timeWords.minutesToCounts),
  /** "7 bajne mein 10": the word after "bajne" that counts minutes down to the hour. */
  minutesTo: new Set(timeWords.minutesToAfterMarker.map(normalizeText)),
  /** One end of a time only: "before" / "after" said ahead of the clock, "se pehle" / "के बाद" after it. */
  bounds: new PhraseSet<'leading' | 'trailing'>([
    ...timeWords.bounds.leading.map((p) => [p, 'leading'] as const),
    ...timeWords.bounds.trailing.map((p) => [p, 'trailing'] as const),
  ]),
  quarterPast: PhraseSet.of(timeWords.quarterPast),
  halfPast: PhraseSet.of(timeWords.halfPast),
  quarterTo: PhraseSet.of(timeWords.quarterTo),
  oneThirty: PhraseSet.of(timeWords.oneThirty),
  twoThirty: PhraseSet.of(timeWords.twoThirty),
  approximate: new PhraseSet<number>(
    Object.entries(timeWords.approximate).flatMap(([minutes, list]) => list.map((p) => [p, Number(minutes)] as const)),
  ),
  unknown: PhraseSet.of(timeWords.unknown),
  /** Words that say an utterance is about the time ("time nahi pata"), not whatever else was asked. */
  timeNouns: PhraseSet.of(timeWords.timeNouns),
  yes: PhraseSet.of(confirmations.yes),
  no: PhraseSet.of(confirmations.no),
  /** "yes but ...", "haan lekin ...": a yes that goes on to doubt is not a yes. */
  doubts: PhraseSet.of(confirmations.doubts),
  fillers: PhraseSet.of(sentenceWords.fillers),
  functionWords: PhraseSet.of(sentenceWords.function),
  correctionCues: PhraseSet.of(sentenceWords.correctionCues),
  negations: new Set(sentenceWords.negations.map(normalizeText)),
  /** Words that deny the number right after ("not 7") or right before them ("24 nahi"). */
  denialsBefore: new Set(sentenceWords.denials.before.map(normalizeText)),
  denialsAfter: new Set(sentenceWords.denials.after.map(normalizeText)),
  /** "58 toh bhaiya ka hai", "पंद्रह तो मेरे भाई का बर्थडे है": a number said to be someone else's is set aside. */
  setAsideParticles: new Set(sentenceWords.denials.setAside.particles.map(normalizeText)),
  setAsideOwners: new Set(sentenceWords.denials.setAside.owners.map(normalizeText)),
  placeBefore: PhraseSet.of(sentenceWords.placeMarkers.before),
  placeAfter: PhraseSet.of(sentenceWords.placeMarkers.after),
  /** "near X", "X ke paas": X is a landmark to find the birthplace by, not the birthplace. */
  landmarkBefore: PhraseSet.of(sentenceWords.landmarkMarkers.before),
  /** "ya", "or", "या": two answers offered as either-or. */
  alternatives: new Set(sentenceWords.alternatives.map(normalizeText)),
  /** "not sure", "pakka nahi pata", "शायद": the value beside it is not certain. */
  uncertainty: PhraseSet.of(sentenceWords.uncertainty),
  /** "officially it's 26 january on my papers, so let's go with that": the person takes the doubted value. */
  takeIt: PhraseSet.of(sentenceWords.takeIt),
  /** "23 saal ka", "34 years old": the number before is an age, not part of a date. */
  ageMarkers: PhraseSet.of(sentenceWords.ageMarkers),
  /** "संवत 2006", "samvat", "hijri": the year after is of another calendar, not the Gregorian year of birth. */
  eras: PhraseSet.of(sentenceWords.eras),
  /** "my twin sister was born ...": a date told as someone else's birth, which says the person's only by reckoning. */
  otherPeople: new Set(sentenceWords.otherPeople.map(normalizeText)),
  birthWords: new Set(sentenceWords.birthWords.map(normalizeText)),
  landmarkAfter: PhraseSet.of(sentenceWords.landmarkMarkers.after),
  /** "moved to X", "X mein pale": a town the person lived in later, not where they were born. */
  laterBefore: PhraseSet.of(sentenceWords.landmarkMarkers.laterBefore),
  laterAfter: PhraseSet.of(sentenceWords.landmarkMarkers.laterAfter),
  hinglishMarkers: new Set(sentenceWords.hinglishMarkers.map(normalizeText)),
  /** Towns as written in Devanagari, by the name the gazetteer knows ("वाराणसी" -> "Varanasi"). */
  placeNamesHi: new Map(Object.entries(placeNamesHi).map(([hi, en]) => [normalizeText(hi), en])),
  /** Indian towns' official names that the bundled gazetteer still files under the old one ("kochi" -> Cochin). */
  placeNamesRenamed: new Map(Object.entries(placeNamesRenamed)),
} as const;

/** Whether a single word is in any of the word lists, so that an unread word next to a number can be noticed. */
export function isKnownWord(word: string): boolean {
  const one = [word];
  const sets = [
    LEXICON.fillers, LEXICON.functionWords, LEXICON.correctionCues, LEXICON.yes, LEXICON.no, LEXICON.dayParts, LEXICON.meridiem,
    LEXICON.hourMarkers, LEXICON.approximate, LEXICON.unknown, LEXICON.placeBefore, LEXICON.placeAfter, LEXICON.timeNouns, LEXICON.weekdays,
  ];
  return (
    sets.some((set) => set.at(one, 0) !== undefined) ||
    LEXICON.months.has(word) || LEXICON.negations.has(word) || LEXICON.hinglishMarkers.has(word) || YEAR_WORDS.has(word)
  );
}
