import type { IntakeStep } from './intake-step.js';
import type { WordingKey } from './intake-wording.js';

/** What intake does when the chart cannot be computed from confirmed details: which answer to ask again, and how. */
export interface ChartProblem {
  /** The answer to ask again (the others are kept); undefined: go through all of them again. */
  field?: Exclude<IntakeStep, 'confirm'>;
  say: WordingKey;
  /** The chart side's error code it came from. */
  code: string;
}

/**
 * The one mapping from the chart side's typed errors (anything with a string `code`, as @amigo/kundali-fetch's
 * KundaliError subclasses) to a question back. Errors without a code, and provider failures, are not the person's
 * to fix: undefined, and intake says it cannot compute the chart now.
 */
export function chartProblemOf(error: unknown): ChartProblem | undefined {
  const code = typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;
  if (code === undefined) return undefined;
  const problem = problemOf(code);
  return problem && { ...problem, code };
}

function problemOf(code: string): Omit<ChartProblem, 'code'> | undefined {
  switch (code) {
    case 'nonexistent_local_time':
      return { field: 'time', say: 'chart.local_time_gap' };
    case 'ambiguous_local_time':
      return { field: 'time', say: 'chart.local_time_overlap' };
    case 'invalid_time':
      return { field: 'time', say: 'time.invalid' };
    case 'invalid_date':
    case 'date_out_of_range':
      return { field: 'date', say: 'date.impossible' };
    case 'place_not_found':
    case 'ambiguous_place':
    case 'place_ambiguous':
    case 'place_region':
    case 'invalid_coordinates':
    case 'unknown_timezone':
      return { field: 'place', say: 'chart.place' };
    case 'invalid_birth_details':
      return { say: 'chart.details' };
    default:
      return undefined;
  }
}
