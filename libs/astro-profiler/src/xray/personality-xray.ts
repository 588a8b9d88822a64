import { z } from 'zod';

const Texts = z.array(z.string());

/**
 * The Personality X-Ray. The three sections the Python service always wrote are required; everything else is
 * optional so its older X-Rays still load, and unknown fields are kept.
 */
export const PersonalityXRay = z.looseObject({
  core_identity: z.looseObject({
    archetype: z.string().min(1),
    summary: z.string().optional(),
    strengths: Texts.optional(),
    growth_edges: Texts.optional(),
  }),
  emotional_architecture: z.looseObject({
    attachment_style: z.string().optional(),
    needs: Texts.optional(),
    triggers: Texts.optional(),
    coping_patterns: Texts.optional(),
  }),
  therapist_cheat_sheet: z.looseObject({
    recommended_modality: z.string().optional(),
    rapport_tips: Texts.optional(),
    approach_gently: Texts.optional(),
    questions_to_explore: Texts.optional(),
  }),
  focus_topic: z.string().optional(),
});
export type PersonalityXRay = z.infer<typeof PersonalityXRay>;
