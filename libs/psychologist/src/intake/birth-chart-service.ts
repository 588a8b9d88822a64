import type { BirthDetails, Kundali } from '@amigo/contracts';

/** A resolved birth place (a @amigo/kundali-fetch `PlaceCandidate` fits). */
export interface BirthPlace {
  /** What to read back to the person, e.g. "Pune, Maharashtra, India". */
  label: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  /** ISO 3166-1 alpha-2, when known. */
  countryCode?: string;
}

export type PlaceLookup =
  | { kind: 'found'; place: BirthPlace }
  /** Several places fit; `near`: the person was born near the one candidate, not in it ("a village near Nashik"). */
  | { kind: 'ambiguous'; candidates: BirthPlace[]; near?: boolean }
  /** A state or region, not a town ("Kerala"): ask which town in it. */
  | { kind: 'region'; name: string }
  | { kind: 'unknown' };

/**
 * What intake needs from the astrology side: finding a place and computing the chart. The default is
 * {@link kundaliFetchService} (@amigo/kundali-fetch's offline gazetteer and local engine). Reading the person's words
 * is @amigo/birth-answers' job, the same for a hosted LLM and the offline script.
 */
export interface BirthChartService {
  findPlace(text: string): Promise<PlaceLookup>;
  /**
   * Fails with an error carrying a `code` (see chart-problem.ts) for details that cannot make a chart.
   * `occurrence` says which of two occurrences of a clock time that happened twice (clocks turned back) was meant.
   */
  computeKundali(birth: BirthDetails, choice?: { occurrence?: 'earlier' | 'later' }): Promise<Kundali>;
}
