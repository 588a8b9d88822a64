import type { PersonalityXRay } from '@amigo/astro-profiler';
import type { Kundali } from '@amigo/kundali-fetch';

/** Anything that turns a kundali into a Personality X-Ray for a focus topic (the astro-profiler's backends). */
export interface XRayGenerator {
  generate(kundali: Kundali, options?: { focusTopic?: string }): Promise<PersonalityXRay>;
}
