import { Kundali } from '@amigo/kundali-fetch';
import { PersonalityXRay } from '@amigo/astro-profiler';
import { z } from 'zod';

/** What the store keeps per user: the kundali and the X-Ray currently guiding the conversation. */
export const UserProfile = z.object({
  kundali: Kundali,
  xray: PersonalityXRay,
});
export type UserProfile = z.infer<typeof UserProfile>;

/** What callers may pass in: the schemas' input side (e.g. AstrologyAPI's `"true"` retro flags are accepted). */
export type KundaliInput = z.input<typeof Kundali>;
export type PersonalityXRayInput = z.input<typeof PersonalityXRay>;
