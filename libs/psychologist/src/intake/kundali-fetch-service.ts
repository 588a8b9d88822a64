import {
  type BirthDateParseError,
  type BirthTimeParseError,
  fetchStructuredKundali,
  type FetchKundaliOptions,
  parseBirthDate,
  parseBirthTime,
  PlaceNotFoundError,
  resolvePlace,
} from '@amigo/kundali-fetch';
import { AnswerProblem, type BirthChartService } from './birth-chart-service.js';

function dateProblem(error: BirthDateParseError): string {
  switch (error.code) {
    case 'invalid_date':
      return 'That date does not exist in the calendar. Could you tell me your date of birth again, with the month as a word, like 15 August 1990?';
    case 'date_out_of_range':
      return `I can only work with ${error.message}. Could you check the year of your birth?`;
    default:
      return 'I did not catch a date there. What is your date of birth? For example: 15 August 1990.';
  }
}

function timeProblem(error: BirthTimeParseError): string {
  switch (error.code) {
    case 'ambiguous_time':
      return `Was that in the morning or in the evening (${error.candidates.join(' or ')})?`;
    case 'invalid_time':
      return 'That is not a time of day I can use. At what time were you born, for example "6:15 in the morning"?';
    default:
      return 'I did not catch a time there. At what time were you born? If you do not know, just say "I don\'t know".';
  }
}

/**
 * The astrology side of intake, from @amigo/kundali-fetch: its natural-language parsers, its offline gazetteer
 * and its chart engine (local by default, as configured by `options`).
 */
export function kundaliFetchService(options: FetchKundaliOptions = {}): BirthChartService {
  return {
    readDate(text) {
      const parsed = parseBirthDate(text);
      if (!parsed.ok) throw new AnswerProblem(dateProblem(parsed.error));
      return parsed.value.iso;
    },
    readTime(text) {
      const parsed = parseBirthTime(text);
      if (!parsed.ok) throw new AnswerProblem(timeProblem(parsed.error));
      return parsed.value.text;
    },
    async findPlace(text) {
      try {
        const found = await resolvePlace(text);
        if (found.kind === 'resolved') return { kind: 'found', place: found.place };
        // A state or country alone, or no place at all: intake asks for the town, as for an unknown name.
        return found.kind === 'ambiguous' ? found : { kind: 'unknown' };
      } catch (error) {
        if (error instanceof PlaceNotFoundError) return { kind: 'unknown' };
        throw error;
      }
    },
    computeKundali: (birth) => fetchStructuredKundali(birth, options),
  };
}
