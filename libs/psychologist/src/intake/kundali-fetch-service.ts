import {
  fetchStructuredKundali,
  type FetchKundaliOptions,
  type PlaceCandidate,
  PlaceNotFoundError,
  resolvePlace,
} from '@amigo/kundali-fetch';
import type { BirthChartService, BirthPlace, PlaceLookup } from './birth-chart-service.js';

function toPlace(candidate: PlaceCandidate): BirthPlace {
  const { label, latitude, longitude, timeZone, countryCode } = candidate;
  return { label, latitude, longitude, timeZone, countryCode };
}

/**
 * One place answer through the gazetteer's resolver, which reads free phrasing, Hindi, official and old names and
 * weighs the user's country; every outcome other than one clear town is asked back.
 */
async function lookup(text: string, userCountry: string | undefined): Promise<PlaceLookup> {
  try {
    const found = await resolvePlace(text, userCountry ? { userCountry } : {});
    switch (found.kind) {
      case 'resolved':
        return { kind: 'found', place: toPlace(found.place) };
      case 'ambiguous':
        return { kind: 'ambiguous', candidates: found.candidates.map(toPlace), ...(found.reason === 'near' ? { near: true } : {}) };
      case 'region':
        return { kind: 'region', name: found.region.name };
      case 'vague':
        return { kind: 'unknown' };
    }
  } catch (error) {
    if (error instanceof PlaceNotFoundError) return { kind: 'unknown' };
    throw error;
  }
}

/**
 * The astrology side of intake, from @amigo/kundali-fetch: its offline gazetteer and its chart engine (local by
 * default, as configured by `options`); `userCountry` (ISO 3166-1 alpha-2, default India) weighs place names.
 */
export function kundaliFetchService({
  userCountry,
  ...options
}: FetchKundaliOptions & { userCountry?: string } = {}): BirthChartService {
  return {
    findPlace: (text) => lookup(text, userCountry),
    computeKundali: (birth, choice) =>
      fetchStructuredKundali(birth, choice?.occurrence ? { ...options, ambiguousTime: choice.occurrence } : options),
  };
}
