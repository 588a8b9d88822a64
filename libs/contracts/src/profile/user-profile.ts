import { z } from 'zod';
import { Kundali } from '../kundali/kundali.js';
import { PersonalityXRay } from '../xray/personality-xray.js';

/** What is kept per user: the kundali and the X-Ray currently guiding the conversation. */
export const UserProfile = z.object({
  kundali: Kundali,
  xray: PersonalityXRay,
});
export type UserProfile = z.infer<typeof UserProfile>;

/** What callers may pass in: the schemas' input side (e.g. AstrologyAPI's `"true"` retro flags are accepted). */
export type KundaliInput = z.input<typeof Kundali>;
export type PersonalityXRayInput = z.input<typeof PersonalityXRay>;
