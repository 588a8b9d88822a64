import { z } from 'zod';

export const CrisisKind = z.enum([
  'suicidal_intent',
  'self_harm',
  'immediate_danger',
  'abuse',
]);
export type CrisisKind = z.infer<typeof CrisisKind>;

/** How directly the person said it: an explicit statement of intent, or a strong indirect signal. */
export const CrisisSignal = z.enum(['explicit', 'implicit']);
export type CrisisSignal = z.infer<typeof CrisisSignal>;

/** Who may give a second opinion on a turn the detector passed: what its safety events record as `detected_by`. */
export const SecondOpinionSource = z.enum(['moderation']);
export type SecondOpinionSource = z.infer<typeof SecondOpinionSource>;

/**
 * What the session remembers about a safety response. Deliberately holds no words of the person: the kinds,
 * how direct it was, which helpline was offered and when.
 */
export const SafetyEvent = z.object({
  kinds: z.array(CrisisKind).min(1),
  signal: CrisisSignal,
  /** ISO 3166-1 alpha-2 of the helpline offered, or INTL for the international directory. */
  helpline_country: z.string().regex(/^(?:[A-Z]{2}|INTL)$/),
  /**
   * Who recognised it: the detector's rules, its classifier alone, the LLM through report_safety_concern, or a
   * second opinion on a turn the detector passed (a hosted moderation model).
   */
  detected_by: z.enum(['rules', 'classifier', 'llm', ...SecondOpinionSource.options]).default('rules'),
  /**
   * What was said: `full` (care and the helplines, the first time in a session or when the danger grew) or
   * `check_in` (a short line staying with the person, the helplines having been given already).
   */
  response: z.enum(['full', 'check_in']).default('full'),
  at: z.iso.datetime(),
});
export type SafetyEvent = z.infer<typeof SafetyEvent>;
export type SafetyEventInput = z.input<typeof SafetyEvent>;
