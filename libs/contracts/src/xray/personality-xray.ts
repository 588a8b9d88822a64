import { z } from 'zod';

/**
 * Bounds on what an X-Ray may hold. It is written by an LLM (or a client, through the store) and rendered into every
 * later system prompt, so it is bounded twice: tightly for what a backend generates now, generously for what is
 * stored (X-Rays the Python service wrote must keep loading). The store also bounds the whole stored value.
 */
export const XRAY_LIMITS = {
  generated: { text: 600, items: 8 },
  stored: { text: 2_000, items: 20 },
  archetype: 120,
  focusTopic: 120,
} as const;

/**
 * Field definitions of each section, written once. The generated content uses them as strict objects with every
 * field required (what the LLM must produce and what both backends always emit); the stored X-Ray uses the same
 * fields optional inside loose objects, so X-Rays written by the Python service or by an older version still load
 * and unknown fields survive a read-write round trip.
 */
function sectionFields(limits: { text: number; items: number }) {
  const Text = z.string().max(limits.text);
  const Texts = z.array(Text).max(limits.items);
  return {
    core_identity: {
      archetype: z.string().min(1).max(XRAY_LIMITS.archetype),
      summary: Text,
      strengths: Texts,
      growth_edges: Texts,
    },
    emotional_architecture: {
      attachment_style: Text,
      needs: Texts,
      triggers: Texts,
      coping_patterns: Texts,
    },
    cognitive_style: {
      summary: Text,
      processing_style: Text,
      decision_making: Text,
      blind_spots: Texts,
    },
    relational_patterns: {
      summary: Text,
      conflict_style: Text,
      offers_others: Texts,
      needs_from_others: Texts,
      patterns_to_watch: Texts,
    },
    life_chapter: {
      mahadasha: Text.nullable(),
      antardasha: Text.nullable(),
      summary: Text,
      themes: Texts,
      focus_guidance: Text,
    },
    therapist_cheat_sheet: {
      recommended_modality: Text,
      rapport_tips: Texts,
      approach_gently: Texts,
      questions_to_explore: Texts,
    },
  };
}

const generated = sectionFields(XRAY_LIMITS.generated);
const stored = sectionFields(XRAY_LIMITS.stored);

export const XRAY_SCHEMA_VERSION = 2;

/** Who wrote the content: the LLM, the rules on purpose, or the rules because the LLM failed. */
export const XRaySource = z.enum(['llm', 'rules', 'rules_fallback']);
export type XRaySource = z.infer<typeof XRaySource>;

const provenanceFields = {
  source: XRaySource,
  /** The model or rules engine that produced the content. */
  model: z.string().min(1).max(200),
  generated_at: z.iso.datetime({ offset: true }),
  schema_version: z.number().int().positive(),
  /** Why the LLM was not used, when `source` is `rules_fallback`: a failure kind, never response content. */
  fallback_reason: z.string().max(60).optional(),
};

/**
 * What a backend writes about the person. Strict: every field required, nothing extra; its JSON Schema is the
 * structured-output contract sent to the LLM (see `xrayContentJsonSchema`).
 */
export const XRayContent = z.strictObject({
  core_identity: z.strictObject(generated.core_identity),
  emotional_architecture: z.strictObject(generated.emotional_architecture),
  cognitive_style: z.strictObject(generated.cognitive_style),
  relational_patterns: z.strictObject(generated.relational_patterns),
  life_chapter: z.strictObject(generated.life_chapter),
  therapist_cheat_sheet: z.strictObject(generated.therapist_cheat_sheet),
});
export type XRayContent = z.infer<typeof XRayContent>;

export const XRayProvenance = z.looseObject(provenanceFields);
export type XRayProvenance = z.infer<typeof XRayProvenance>;

/** A freshly generated X-Ray: the full content plus the focus it was written for and its provenance. */
export const GeneratedXRay = XRayContent.extend({
  focus_topic: z.string().min(1).max(XRAY_LIMITS.focusTopic),
  provenance: z.strictObject(provenanceFields),
});
export type GeneratedXRay = z.infer<typeof GeneratedXRay>;

/**
 * The Personality X-Ray as stored and exchanged. The three sections the Python service always wrote are required;
 * everything else is optional so its older X-Rays still load, and unknown fields are kept.
 */
export const PersonalityXRay = z.looseObject({
  core_identity: z.looseObject(stored.core_identity).partial().required({ archetype: true }),
  emotional_architecture: z.looseObject(stored.emotional_architecture).partial(),
  cognitive_style: z.looseObject(stored.cognitive_style).partial().optional(),
  relational_patterns: z.looseObject(stored.relational_patterns).partial().optional(),
  life_chapter: z.looseObject(stored.life_chapter).partial().optional(),
  therapist_cheat_sheet: z.looseObject(stored.therapist_cheat_sheet).partial(),
  focus_topic: z.string().max(XRAY_LIMITS.focusTopic).optional(),
  provenance: XRayProvenance.optional(),
});
export type PersonalityXRay = z.infer<typeof PersonalityXRay>;
