import { z } from 'zod';
import { SafetyEvent } from './safety-event.js';

/**
 * What an operator's system receives when a safety response was given (webhook body, Redis stream entry), so a human
 * can follow up. Holds no words of the person and no user id: `user_ref` is the keyed reference the logs use.
 */
export const SafetyEscalation = z.strictObject({
  format: z.literal('amigo.safety-escalation/1'),
  /** Unique per escalation; a webhook retry repeats it, so the receiver can drop duplicates. */
  id: z.uuid(),
  event: SafetyEvent,
  /** Keyed reference of the user (see keyedUserRef in @amigo/logging), or null for an anonymous session. */
  user_ref: z.string().min(1).max(64).nullable(),
  /** Random per session: ties the escalations of one conversation together. */
  session_ref: z.string().min(1).max(64),
  /** The LiveKit room, a random name, for an operator who can join it; null outside a room. */
  room: z.string().min(1).max(128).nullable(),
  sent_at: z.iso.datetime(),
});
export type SafetyEscalation = z.infer<typeof SafetyEscalation>;
