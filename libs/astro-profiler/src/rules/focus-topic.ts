import { FOCUS_TOPICS, type FocusTopicGuide } from './data/focus-topics.js';

/** The topics an X-Ray can be written for; the focus an LLM or a client names is mapped onto one of them. */
export const FOCUS_TOPIC_LABELS: readonly string[] = Object.values(FOCUS_TOPICS).map((guide) => guide.label);

/** Longer input is not read: a topic is a word or two, and the first words name it. */
const MAX_READ_LENGTH = 200;

export interface ResolvedFocusTopic {
  /** What the X-Ray reports as its focus: always one of {@link FOCUS_TOPIC_LABELS}, never the caller's wording. */
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

/** Lower-cased words (Latin or Devanagari, combining marks kept) between single spaces, padded for whole-word search. */
const words = (text: string) =>
  ` ${text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}-]+/gu, ' ')
    .trim()} `;

const ALIASES = SPECIFIC_TOPICS.map((guide) => ({ guide, aliases: guide.aliases.map((alias) => words(alias)) }));

/**
 * Maps free wording in English, Hinglish or Hindi ("my job", "Relationships", "shaadi", "नौकरी", "loss of my father")
 * onto a known topic by its aliases; anything unrecognised is the general topic. The wording itself goes nowhere:
 * it often comes from an LLM tool call the person can steer, and the label ends up in later system prompts.
 */
export function resolveFocusTopic(focusTopic: unknown): ResolvedFocusTopic {
  const text = typeof focusTopic === 'string' ? words(focusTopic.slice(0, MAX_READ_LENGTH)) : ' ';
  const found = ALIASES.find(({ aliases }) => aliases.some((alias) => text.includes(alias)))?.guide;
  const guide = found ?? FOCUS_TOPICS.general;
  return { label: guide.label, guide };
}

/** The known topic a wording maps onto ("General" for none or an unknown one). */
export function focusTopicLabel(focusTopic: unknown): string {
  return resolveFocusTopic(focusTopic).label;
}
