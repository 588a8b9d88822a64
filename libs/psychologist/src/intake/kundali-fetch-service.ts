import {
  fetchStructuredKundali,
  type FetchKundaliOptions,
  type PlaceCandidate,
  PlaceNotFoundError,
  resolvePlace,
} from '@amigo/kundali-fetch';
import type { BirthChartService, BirthPlace, PlaceLookup } from './birth-chart-service.js';

/** Most people Amigo talks with were born in India: a name that is also a town there is not settled abroad silently. */
const HOME_COUNTRY = 'IN';

function toPlace(candidate: PlaceCandidate): BirthPlace {
  const { label, latitude, longitude, timeZone, countryCode } = candidate;
  return { label, latitude, longitude, timeZone, countryCode };
}

/** "gurgaon haryana" -> "gurgaon, haryana", "edison nj" -> "edison, nj": the gazetteer narrows by what follows a comma. */
function readings(text: string): string[] {
  if (text.includes(',')) return [text];
  const words = text.split(/\s+/).filter(Boolean);
  const split = words.slice(1).map((_, k) => `${words.slice(0, words.length - 1 - k).join(' ')}, ${words.slice(words.length - 1 - k).join(' ')}`);
  return [text, ...split];
}

async function lookup(query: string): Promise<PlaceLookup> {
  try {
    const found = await resolvePlace(query);
    if (found.kind === 'ambiguous') return { kind: 'ambiguous', candidates: found.candidates.map(toPlace) };
    if (found.kind !== 'resolved') return { kind: 'unknown' };
    const home = found.alternatives.find((c) => c.countryCode === HOME_COUNTRY);
    if (found.place.countryCode !== HOME_COUNTRY && home) {
      return { kind: 'ambiguous', candidates: [toPlace(home), toPlace(found.place)] };
    }
    return { kind: 'found', place: toPlace(found.place) };
  } catch (error) {
    if (error instanceof PlaceNotFoundError) return { kind: 'unknown' };
    throw error;
  }
}

/**
 * The astrology side of intake, from @amigo/kundali-fetch: its offline gazetteer and its chart engine (local by
 * default, as configured by `options`).
 */
export function kundaliFetchService(options: FetchKundaliOptions = {}): BirthChartService {
  return {
    async findPlace(text) {
      for (const query of readings(text)) {
        const found = await lookup(query);
        if (found.kind !== 'unknown') return found;
      }
      return { kind: 'unknown' };
    },
    computeKundali: (birth) => fetchStructuredKundali(birth, options),
  };
}
