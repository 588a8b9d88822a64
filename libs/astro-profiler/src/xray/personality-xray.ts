import { z } from 'zod';

const Text = z.string();
const Texts = z.array(z.string());

/**
 * Field definitions of each section, written once. The generated content uses them as strict objects with every
 * field required (what the LLM must produce and what both backends always emit); the stored X-Ray uses the same
 * fields optional inside loose objects, so X-Rays written by the Python service or by an older version still load
 * and unknown fields survive a read-write round trip.
 */
const coreIdentityFields = {
  archetype: z.string().min(1),
  summary: Text,
  strengths: Texts,
  growth_edges: Texts,
};

const emotionalArchitectureFields = {
  attachment_style: Text,
  needs: Texts,
  triggers: Texts,
  coping_patterns: Texts,
};

const cognitiveStyleFields = {
  summary: Text,
  processing_style: Text,
  decision_making: Text,
  blind_spots: Texts,
};

const relationalPatternsFields = {
  summary: Text,
  conflict_style: Text,
  offers_others: Texts,
  needs_from_others: Texts,
  patterns_to_watch: Texts,
};

const lifeChapterFields = {
  mahadasha: Text.nullable(),
  antardasha: Text.nullable(),
  summary: Text,
  themes: Texts,
  focus_guidance: Text,
};

const therapistCheatSheetFields = {
  recommended_modality: Text,
  rapport_tips: Texts,
  approach_gently: Texts,
  questions_to_explore: Texts,
};

export const XRAY_SCHEMA_VERSION = 2;

/** Who wrote the content: the LLM, the rules on purpose, or the rules because the LLM failed. */
export const XRaySource = z.enum(['llm', 'rules', 'rules_fallback']);
export type XRaySource = z.infer<typeof XRaySource>;

const provenanceFields = {
  source: XRaySource,
  /** The model or rules engine that produced the content. */
  model: z.string().min(1),
  generated_at: z.iso.datetime({ offset: true }),
  schema_version: z.number().int().positive(),
  /** Why the LLM was not used, when `source` is `rules_fallback`: a failure kind, never response content. */
  fallback_reason: z.string().optional(),
};

/**
 * What a backend writes about the person. Strict: every field required, nothing extra; its JSON Schema is the
 * structured-output contract sent to the LLM (see `xrayContentJsonSchema`).
 */
export const XRayContent = z.strictObject({
  core_identity: z.strictObject(coreIdentityFields),
  emotional_architecture: z.strictObject(emotionalArchitectureFields),
  cognitive_style: z.strictObject(cognitiveStyleFields),
  relational_patterns: z.strictObject(relationalPatternsFields),
  life_chapter: z.strictObject(lifeChapterFields),
  therapist_cheat_sheet: z.strictObject(therapistCheatSheetFields),
});
export type XRayContent = z.infer<typeof XRayContent>;

export const XRayProvenance = z.looseObject(provenanceFields);
export type XRayProvenance = z.infer<typeof XRayProvenance>;

/** A freshly generated X-Ray: the full content plus the focus it was written for and its provenance. */
export const GeneratedXRay = XRayContent.extend({
  focus_topic: z.string().min(1),
  provenance: z.strictObject(provenanceFields),
});
export type GeneratedXRay = z.infer<typeof GeneratedXRay>;

/**
 * The Personality X-Ray as stored and exchanged. The three sections the Python service always wrote are required;
 * everything else is optional so its older X-Rays still load, and unknown fields are kept.
 */
export const PersonalityXRay = z.looseObject({
  core_identity: z.looseObject(coreIdentityFields).partial().required({ archetype: true }),
  emotional_architecture: z.looseObject(emotionalArchitectureFields).partial(),
  cognitive_style: z.looseObject(cognitiveStyleFields).partial().optional(),
  relational_patterns: z.looseObject(relationalPatternsFields).partial().optional(),
  life_chapter: z.looseObject(lifeChapterFields).partial().optional(),
  therapist_cheat_sheet: z.looseObject(therapistCheatSheetFields).partial(),
  focus_topic: z.string().optional(),
  provenance: XRayProvenance.optional(),
});
export type PersonalityXRay = z.infer<typeof PersonalityXRay>;
