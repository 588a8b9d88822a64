import { z } from 'zod';
import { CrisisKind } from './safety-event.js';

/** The LiveKit data-message topic on which the agent tells the person's app that a safety response was given. */
export const SAFETY_NOTICE_TOPIC = 'amigo.safety-notice';

/** One way to reach help, as the app shows it: a name, what to dial or text, and when it is open. */
export const HelplineContact = z.strictObject({
  name: z.string().min(1).max(200),
  /** As dialled, e.g. "14416" or "1-800-891-4416"; the first is the main one. Empty for a text-only line or a website. */
  numbers: z.array(z.string().min(1).max(40)).max(4),
  /** How to reach it besides calling, e.g. "text 988". */
  also: z.string().max(120).optional(),
  hours: z.string().max(120).optional(),
  url: z.url().max(300).optional(),
}).refine((contact) => contact.numbers.length > 0 || contact.also !== undefined || contact.url !== undefined, {
  message: 'a helpline needs a number, another way to reach it, or a website',
});
export type HelplineContact = z.infer<typeof HelplineContact>;

/**
 * Sent by the agent to the person's app when a safety response was given, so the app can show the helplines on
 * screen while the voice goes on. Holds no words of the person. The app validates it like any data from the network.
 */
export const SafetyNotice = z.strictObject({
  kinds: z.array(CrisisKind).min(1).max(4),
  /** ISO 3166-1 alpha-2 of the helplines offered, or INTL. */
  country: z.string().regex(/^(?:[A-Z]{2}|INTL)$/),
  /** Police / ambulance number, shown first when someone is in immediate danger. */
  emergency: z.string().min(1).max(80),
  helplines: z.array(HelplineContact).min(1).max(4),
});
export type SafetyNotice = z.infer<typeof SafetyNotice>;
