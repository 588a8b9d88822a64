import { CrisisClassifier } from '../classifier/crisis-classifier.js';
import { benignFrames } from '../rules/benign-frames.js';
import { detectTurnLanguage, type TurnLanguage } from '../language/turn-language.js';
import { shippedModel } from '../classifier/shipped-model.js';
import { ENGLISH_CONCEPT_RULES } from '../rules/crisis-concepts.en.js';
import { HINDI_CONCEPT_RULES } from '../rules/crisis-concepts.hi.js';
import type { CrisisRule, MaskRule } from '../rules/crisis-rule.js';
import { ENGLISH_CRISIS_RULES } from '../rules/crisis-rules.en.js';
import { HINDI_CRISIS_RULES } from '../rules/crisis-rules.hi.js';
import { HYPERBOLE_MASKS } from '../rules/hyperbole-masks.js';
import { saysItIsImminent } from '../rules/imminence.js';
import { screenUtterance } from '../text/screen-utterance.js';
import type { CrisisKind, CrisisSignal } from '@amigo/contracts';

/** Phrase rules (known wordings) and concept rules (frame x concept, built from lexicon.ts), English then Hindi. */
export const DEFAULT_CRISIS_RULES: readonly CrisisRule[] = [
  ...ENGLISH_CRISIS_RULES,
  ...ENGLISH_CONCEPT_RULES,
  ...HINDI_CRISIS_RULES,
  ...HINDI_CONCEPT_RULES,
];

/** Long monologues are screened on their first part only: the rules are phrase-sized, the cost stays bounded. */
const MAX_SCREENED_CHARS = 4_000;

/**
 * Where the classifier's probability draws the line. Rules match stories, films and the past too ("in the film
 * she kills herself"), so the classifier can overrule them when the turn has at least `minWordsToOverrule` words: a
 * rule for a direct statement counts unless the classifier is below `veto`, a rule for an indirect signal needs
 * `confirm`. A shorter turn ("kalai kaat li", "kms") is the rules' call, and so is a rule marked decisive (an act or
 * preparation: poison taken, a ligature tied). The classifier alone counts from `fire`.
 * Chosen by leave-one-set-out runs on the sets by other writers (see the README): `confirm` at 0.1 rather than 0.3
 * catches a tenth more of the blind development set's indirect signals for 0.1% more false alarms elsewhere; `fire`
 * at 0.8 for Hinglish rather than 0.75 nearly halves its false alarms on the blind sets (7.7% to 4.3%) for 3.5 points
 * of its indirect signals.
 */
export interface CrisisThresholds {
  veto: number;
  confirm: number;
  fire: number;
  /**
   * `fire` for a turn in that language (see detectTurnLanguage), where it differs: everyday Hinglish is full of
   * "mar", "maar" and "jaan", and the classifier alone scores it higher than everyday English or Hindi.
   */
  fireByLanguage: Readonly<Partial<Record<TurnLanguage, number>>>;
  /** The fewest words (after screening) for the classifier to overrule a rule. */
  minWordsToOverrule: number;
  /**
   * In a benign frame (a film, the news, a past long over, someone else's act, a joke, a medicine question; see
   * benign-frames.ts) and with nothing said to be happening now: the bar a rule needs instead of `veto` or `confirm`,
   * and the one the classifier alone needs instead of `fire`.
   */
  framedRule: number;
  framedFire: number;
}
export const DEFAULT_CRISIS_THRESHOLDS: Readonly<CrisisThresholds> = Object.freeze({
  veto: 0.2,
  confirm: 0.1,
  fire: 0.75,
  fireByLanguage: Object.freeze({ hinglish: 0.8 }),
  minWordsToOverrule: 6,
  framedRule: 0.5,
  framedFire: 0.9,
});

export interface CrisisAssessment {
  isCrisis: boolean;
  /** What was recognised, most urgent first. */
  kinds: CrisisKind[];
  /** `explicit` when any matching rule is a direct statement, `implicit` otherwise; null when no crisis. */
  signal: CrisisSignal | null;
  /** Ids of the matching rules: safe to log, they carry none of the person's words. */
  rules: string[];
  /** The classifier's probability of a crisis, when it ran. */
  score: number | null;
  /** What recognised it: a rule (confirmed by the classifier when there is one) or the classifier alone. */
  detectedBy: 'rules' | 'classifier' | null;
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
/**
 * Suicidal intent or self-harm said to be happening now or tonight (a wound still bleeding, the blade in hand,
 * "aaj raat") is immediate danger too: the care message then leads with emergency help.
 */
function withImminence(kinds: readonly CrisisKind[], text: string): CrisisKind[] {
  const acute = kinds.includes('suicidal_intent') || kinds.includes('self_harm');
  return byUrgency(acute && saysItIsImminent(text) ? [...kinds, 'immediate_danger'] : kinds);
}

const NO_CRISIS: CrisisAssessment = Object.freeze({
  isCrisis: false,
  kinds: [],
  signal: null,
  rules: [],
  score: null,
  detectedBy: null,
}) as CrisisAssessment;

export interface CrisisDetectorOptions {
  rules?: readonly CrisisRule[];
  masks?: readonly MaskRule[];
  /** The statistical second opinion; the shipped model by default, `null` for the rules alone. */
  classifier?: CrisisClassifier | null;
  thresholds?: CrisisThresholds;
}

/**
 * Recognises statements of suicidal intent, self-harm, immediate danger and abuse in English and Hindi
 * (romanised and Devanagari). Two parts: phrase and concept rules (after blanking known figures of speech), which
 * say why, and a classifier trained on labelled utterances, which carries over to wordings no rule was written
 * for and confirms the rules' matches. Pure and synchronous: it runs on every user turn before the LLM answers.
 */
export class CrisisDetector {
  private readonly rules: readonly CrisisRule[];
  private readonly masks: readonly MaskRule[];
  private readonly classifier: CrisisClassifier | null;
  private readonly thresholds: CrisisThresholds;

  constructor(options: CrisisDetectorOptions = {}) {
    this.rules = options.rules ?? DEFAULT_CRISIS_RULES;
    this.masks = options.masks ?? HYPERBOLE_MASKS;
    this.classifier = options.classifier === undefined ? shippedModel() : options.classifier;
    this.thresholds = options.thresholds ?? DEFAULT_CRISIS_THRESHOLDS;
  }

  assess(utterance: string): CrisisAssessment {
    const bounded = utterance.slice(0, MAX_SCREENED_CHARS);
    const text = screenUtterance(bounded, this.masks);
    if (!text) return NO_CRISIS;
    const matched = this.rules.filter((rule) => text.search(rule.pattern) !== -1);
    // The classifier screens with the masks it was trained with, whatever masks this detector was given.
    const prediction = this.classifier?.predict(bounded);
    const score = prediction?.crisis ?? null;
    const explicit = matched.some((rule) => rule.signal === 'explicit');
    const framed = benignFrames(text).length > 0 && !saysItIsImminent(text);
    const bar = framed ? this.thresholds.framedRule : explicit ? this.thresholds.veto : this.thresholds.confirm;
    const fire = framed
      ? this.thresholds.framedFire
      : (this.thresholds.fireByLanguage[detectTurnLanguage(bounded)] ?? this.thresholds.fire);
    const decisive = matched.some((rule) => rule.decisive === true);
    const judged = !decisive && prediction !== undefined && prediction.words >= this.thresholds.minWordsToOverrule;
    if (matched.length > 0 && (!judged || prediction.crisis >= bar)) {
      return {
        isCrisis: true,
        kinds: withImminence(matched.flatMap((rule) => rule.kinds), text),
        signal: explicit ? 'explicit' : 'implicit',
        rules: matched.map((rule) => rule.id),
        score,
        detectedBy: 'rules',
      };
    }
    if (prediction && prediction.crisis >= fire) {
      return {
        isCrisis: true,
        kinds: withImminence([prediction.kind], text),
        signal: 'implicit',
        rules: [],
        score,
        detectedBy: 'classifier',
      };
    }
    return score === null ? NO_CRISIS : { ...NO_CRISIS, score };
  }
}
