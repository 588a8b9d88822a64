import type { Kundali } from '@amigo/contracts';
import type { PersonalityXRay } from '@amigo/contracts';

export interface GenerateOptions {
  /** What the conversation is about (career, relationships, family, health, grief, ...). Defaults to "General". */
  focusTopic?: string;
}

/** Anything that turns a kundali into a Personality X-Ray: the profiler and each of its backends. */
export interface XRayGenerator {
  generate(kundali: Kundali, options?: GenerateOptions): Promise<PersonalityXRay>;
}

/** Where `provenance.generated_at` comes from; injectable so tests (and replays) are reproducible. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
