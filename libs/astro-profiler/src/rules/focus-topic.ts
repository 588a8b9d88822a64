import { FOCUS_TOPICS, type FocusTopicGuide } from './data/focus-topics.js';

import { DEFAULT_FOCUS_TOPIC } from '@amigo/contracts';

const MAX_LABEL_LENGTH = 120;

export interface ResolvedFocusTopic {
  /** What the X-Ray reports as its focus: the caller's wording, trimmed, or "General". */
  label: string;
  guide: FocusTopicGuide;
}

/** Checked in this order: a loss outweighs everything it touches ("my father passed away" is grief, not family). */
const SPECIFIC_TOPICS: FocusTopicGuide[] = [
  FOCUS_TOPICS.grief,
  FOCUS_TOPICS.career,
  FOCUS_TOPICS.relationships,
  FOCUS_TOPICS.family,
  FOCUS_TOPICS.health,
  FOCUS_TOPICS.finances,
  FOCUS_TOPICS.spirituality,
];

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z-]+/g, ' ')
    .trim()} `;

/**
 * Maps free wording ("my job", "Relationships", "loss of my father") onto a topic guide by its aliases; anything
 * unrecognised is read with the general guide but still reported under the caller's own label.
 */
export function resolveFocusTopic(focusTopic: string | undefined): ResolvedFocusTopic {
  // The topic often comes from an LLM tool call: tolerate a non-string and bound what reaches prompts and storage.
  const cleaned =
    typeof focusTopic === 'string' ? focusTopic.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH).trim() : '';
  const label = cleaned || DEFAULT_FOCUS_TOPIC;
  const text = words(label);
  const guide =
    SPECIFIC_TOPICS.find((g) => g.aliases.some((alias) => text.includes(` ${alias} `))) ?? FOCUS_TOPICS.general;
  return { label, guide };
}
