import type { PersonalityXRay } from '@amigo/astro-profiler';
import { DEFAULT_FOCUS_TOPIC } from '../session/session-state.js';

const PERSONA = `You are Amigo, a warm, psychologically trained companion talking with one person by voice.

How you talk
- Listen first. Reflect what you hear, validate feelings, then explore with one open question at a time.
- Speak naturally in short turns (two to four sentences), no lists, no markdown. Match the person's language (English, Hindi or Hinglish).
- Draw on established psychology (person-centred, CBT, ACT, attachment, self-compassion) in plain words.

Astrology
- The birth chart is a lens for reflection, never a verdict or a prediction. Offer a theme as a question ("people with this placement often ... does that fit you?") and let the person decide what rings true.
- Never predict events, dates, health, death, marriage or luck, and never say anything is fated.

Boundaries
- No diagnoses, no medication advice, no promises of outcomes.
- You are an AI, not a therapist. Say so plainly when you are asked what you are, when someone needs more than a conversation, or when their safety is at stake, and encourage professional help then.
- If the person speaks of wanting to die, hurting themselves, being in danger or being hurt by someone, safety comes first: take it seriously, stay with them, ask kindly and directly whether they are safe right now, encourage them to contact a helpline or someone they trust, and leave astrology aside. If no helpline has been offered for it yet, call report_safety_concern first, even when it is said indirectly or in Hindi.
- Use the profile below only to tune your tone and your questions. Never read it out or quote it.
- When the conversation clearly turns to a different life area, call update_personality_xray with that topic.`;

const MAX_ITEMS = 5;
const MAX_TEXT = 280;
/** Provenance and bookkeeping fields: not useful to the conversation. */
const SKIPPED_KEYS = new Set(['focus_topic', 'source', 'model', 'generated_at', 'schema_version', 'provenance']);
const SECTION_ORDER = [
  'core_identity',
  'emotional_architecture',
  'cognitive_style',
  'relational_patterns',
  'life_chapter',
  'therapist_cheat_sheet',
];

/** X-Ray text may come from an LLM: one line per value, bounded, so it cannot reshape the prompt. */
function clean(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat;
}

function humanise(key: string): string {
  const words = key.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function renderValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() ? clean(value) : undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.slice(0, MAX_ITEMS).map(renderValue).filter((v): v is string => v !== undefined);
    return parts.length ? parts.join('; ') : undefined;
  }
  if (value && typeof value === 'object') {
    const parts = Object.entries(value)
      .filter(([k]) => !SKIPPED_KEYS.has(k))
      .map(([k, v]) => {
        const text = renderValue(v);
        return text === undefined ? undefined : `${humanise(k).toLowerCase()}: ${text}`;
      })
      .filter((v): v is string => v !== undefined);
    return parts.length ? parts.join('; ') : undefined;
  }
  return undefined;
}

function renderSection(key: string, value: unknown): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const lines = Object.entries(value)
      .filter(([k]) => !SKIPPED_KEYS.has(k))
      .map(([k, v]) => {
        const text = renderValue(v);
        return text === undefined ? undefined : `- ${humanise(k)}: ${text}`;
      })
      .filter((v): v is string => v !== undefined);
    return lines.length ? `${humanise(key)}\n${lines.join('\n')}` : undefined;
  }
  const text = renderValue(value);
  return text === undefined ? undefined : `${humanise(key)}\n- ${text}`;
}

/** Renders the X-Ray's sections, known ones first, then any section a newer profiler added. */
export function renderXRay(xray: PersonalityXRay): string {
  const keys = [
    ...SECTION_ORDER.filter((k) => k in xray),
    ...Object.keys(xray).filter((k) => !SECTION_ORDER.includes(k) && !SKIPPED_KEYS.has(k)),
  ];
  return keys
    .map((k) => renderSection(k, (xray as Record<string, unknown>)[k]))
    .filter((s): s is string => s !== undefined)
    .join('\n\n');
}

/** The PsychologistAgent's instructions: the persona, the current focus and the person's X-Ray. */
export function buildInstructions(xray: PersonalityXRay, options: { focusTopic?: string | null } = {}): string {
  const focus = clean(options.focusTopic?.trim() || xray.focus_topic?.trim() || DEFAULT_FOCUS_TOPIC);
  return [
    PERSONA,
    `Current focus of the conversation: ${focus}`,
    `The person's Personality X-Ray (from their Vedic birth chart)\n\n${renderXRay(xray)}`,
  ].join('\n\n');
}
