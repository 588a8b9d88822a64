import type { BirthDetails, Kundali } from '@amigo/contracts';

/** A resolved birth place (a @amigo/kundali-fetch `PlaceCandidate` fits). */
export interface BirthPlace {
  /** What to read back to the person, e.g. "Pune, Maharashtra, India". */
  label: string;
  latitude: number;
  longitude: number;
  timeZone: string;
}

export type PlaceLookup =
  | { kind: 'found'; place: BirthPlace }
  | { kind: 'ambiguous'; candidates: BirthPlace[] }
  | { kind: 'unknown' };

/** An answer that cannot be used; the message is meant for the person (it says what to give instead). */
export class AnswerProblem extends Error {
  override readonly name = 'AnswerProblem';
}

/**
 * What intake needs from the astrology side: reading natural answers and computing the chart. The default is
 * {@link kundaliFetchService} (@amigo/kundali-fetch's parsers, offline gazetteer and local engine).
 */
export interface BirthChartService {
  /** "YYYY-MM-DD"; throws {@link AnswerProblem} for an answer that is not a possible date of birth. */
  readDate(text: string): string;
  /** "HH:MM" or "unknown" ("I don't know" is a valid answer); throws {@link AnswerProblem}. */
  readTime(text: string): string;
  findPlace(text: string): Promise<PlaceLookup>;
  computeKundali(birth: BirthDetails): Promise<Kundali>;
}
