import { BirthDetails, CountryCode, DEFAULT_FOCUS_TOPIC, Kundali, PersonalityXRay, SafetyEvent, UserId, XRAY_LIMITS } from '@amigo/contracts';
import { z } from 'zod';

/**
 * The session's userData, shared by every agent of one conversation. Everything in it is personal: it is never
 * logged.
 */
export const SessionState = z.object({
  /** The browser's anonymous user id; absent for a session whose profile must not be persisted. */
  user_id: UserId.nullish(),
  birth_details: BirthDetails.nullish(),
  kundali: Kundali.nullish(),
  personality_xray: PersonalityXRay.nullish(),
  /** Bounded as an X-Ray's focus is: it is the focus the X-Ray is written for, and goes into prompts. */
  current_focus_topic: z.string().trim().min(1).max(XRAY_LIMITS.focusTopic).default(DEFAULT_FOCUS_TOPIC),
  /** ISO 3166-1 alpha-2 country used to pick a helpline, when the session knows it. */
  country: CountryCode.nullish(),
  safety_events: z.array(SafetyEvent).default([]),
});
export type SessionState = z.infer<typeof SessionState>;
export type SessionStateInput = z.input<typeof SessionState>;
