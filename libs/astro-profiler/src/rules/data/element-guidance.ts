import type { Element, Modality } from './sign-traits.js';

/** Therapy styles that tend to suit each temperament (element of the Moon); a starting point, not a prescription. */
export const ELEMENT_MODALITY: Record<Element, string> = {
  fire: 'Solution-focused and motivational work with clear, active goals',
  earth: 'CBT with concrete, practical homework',
  air: 'CBT and narrative reframing through dialogue',
  water: 'Emotion-focused and compassion-focused therapy',
};

export const ELEMENT_PROCESSING: Record<Element, string> = {
  fire: 'Processes by acting: understanding comes from trying things out',
  earth: 'Processes through the concrete: facts, examples and step-by-step plans',
  air: 'Processes by talking and reasoning: understanding comes from putting things into words',
  water: 'Processes through feeling: a sense of rightness precedes the explanation',
};

export const MODALITY_DECISIONS: Record<Modality, string> = {
  movable: 'Decides quickly and prefers to correct course along the way',
  fixed: 'Decides slowly and firmly; once committed, rarely changes course',
  dual: 'Keeps options open and weighs alternatives; can change their mind as new information arrives',
};
