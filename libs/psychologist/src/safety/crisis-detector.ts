import { ENGLISH_CONCEPT_RULES } from './crisis-concepts.en.js';
import { HINDI_CONCEPT_RULES } from './crisis-concepts.hi.js';
import type { CrisisRule, MaskRule } from './crisis-rule.js';
import { ENGLISH_CRISIS_RULES } from './crisis-rules.en.js';
import { HINDI_CRISIS_RULES } from './crisis-rules.hi.js';
import { HYPERBOLE_MASKS } from './hyperbole-masks.js';
import { normalizeUtterance } from './normalize.js';
import type { CrisisKind, CrisisSignal } from './safety-event.js';

/** Phrase rules (known wordings) and concept rules (frame x concept, built from lexicon.ts), English then Hindi. */
export const DEFAULT_CRISIS_RULES: readonly CrisisRule[] = [
  ...ENGLISH_CRISIS_RULES,
  ...ENGLISH_CONCEPT_RULES,
  ...HINDI_CRISIS_RULES,
  ...HINDI_CONCEPT_RULES,
];

/** Long monologues are screened on their first part only: the rules are phrase-sized, the cost stays bounded. */
const MAX_SCREENED_CHARS = 4_000;

export interface CrisisAssessment {
  isCrisis: boolean;
  /** What was recognised, most urgent first. */
  kinds: CrisisKind[];
  /** `explicit` when any matching rule is a direct statement; null when nothing matched. */
  signal: CrisisSignal | null;
  /** Ids of the matching rules: safe to log, they carry none of the person's words. */
  rules: string[];
}

const URGENCY: readonly CrisisKind[] = [
  'immediate_danger',
  'suicidal_intent',
  'self_harm',
  'abuse',
];

/** Kinds without repeats, most urgent first: the order the care message answers them in. */
export function byUrgency(kinds: readonly CrisisKind[]): CrisisKind[] {
  return URGENCY.filter((kind) => kinds.includes(kind));
}
const NO_CRISIS: CrisisAssessment = Object.freeze({
  isCrisis: false,
  kinds: [],
  signal: null,
  rules: [],
}) as CrisisAssessment;

/**
 * Recognises statements of suicidal intent, self-harm, immediate danger and abuse in English and Hindi
 * (romanised and Devanagari), after blanking known figures of speech. Pure and synchronous: it runs on every
 * user turn before the LLM answers.
 */
export class CrisisDetector {
  private readonly rules: readonly CrisisRule[];
  private readonly masks: readonly MaskRule[];

  constructor(
    options: {
      rules?: readonly CrisisRule[];
      masks?: readonly MaskRule[];
    } = {},
  ) {
    this.rules = options.rules ?? DEFAULT_CRISIS_RULES;
    this.masks = options.masks ?? HYPERBOLE_MASKS;
  }

  assess(utterance: string): CrisisAssessment {
    let text = normalizeUtterance(utterance.slice(0, MAX_SCREENED_CHARS));
    if (!text) return NO_CRISIS;
    for (const mask of this.masks) {
      mask.pattern.lastIndex = 0;
      text = text.replace(mask.pattern, ' # ');
    }
    const matched = this.rules.filter(
      (rule) => text.search(rule.pattern) !== -1,
    );
    if (matched.length === 0) return NO_CRISIS;
    const kinds = byUrgency(matched.flatMap((rule) => rule.kinds));
    return {
      isCrisis: true,
      kinds,
      signal: matched.some((rule) => rule.signal === 'explicit')
        ? 'explicit'
        : 'implicit',
      rules: matched.map((rule) => rule.id),
    };
  }
}
