import { RulesBackend } from '@amigo/astro-profiler';
import { type PersonalityXRay } from '@amigo/contracts';
import type { Kundali } from '@amigo/contracts';
import type { UserId } from '@amigo/contracts';
import type { ProfileStore } from '../ports/profile-store.js';
import type { XRayGenerator } from '../ports/xray-generator.js';

/** A chart in the shape the Python service stored. */
export const sampleKundali: Kundali = {
  ascendant: 'Virgo',
  planets: [
    { name: 'Sun', sign: 'Pisces', fullDegree: 350.5 },
    { name: 'Moon', sign: 'Cancer', fullDegree: 101.2, nakshatra: 'Pushya' },
  ],
  dasha: { major: { planet: 'Saturn' } },
};

export const sampleXRay: PersonalityXRay = {
  core_identity: {
    archetype: 'The Careful Healer',
    summary: 'Analytical, devoted to getting things right, quietly caring.',
    strengths: ['attention to detail', 'loyalty'],
    growth_edges: ['self-criticism'],
  },
  emotional_architecture: {
    attachment_style: 'anxious-preoccupied',
    needs: ['reassurance', 'order'],
    triggers: ['chaos', 'being judged'],
    coping_patterns: ['overworking'],
  },
  therapist_cheat_sheet: {
    recommended_modality: 'CBT with self-compassion work',
    rapport_tips: ['be concrete'],
    approach_gently: ['family expectations'],
    questions_to_explore: ['What does "good enough" look like to you?'],
  },
  focus_topic: 'General',
};

/** The astro-profiler's real offline backend, with a fixed clock so its X-Rays compare equal. */
export function rulesProfiler(): RulesBackend {
  return new RulesBackend({ clock: () => new Date('2026-01-01T00:00:00Z') });
}

export class FailingGenerator implements XRayGenerator {
  async generate(): Promise<PersonalityXRay> {
    throw new Error('profiler down');
  }
}

/** The persistence port as the worker would plug it in, recording what it was given. */
export class RecordingStore implements ProfileStore {
  readonly updates: Array<{ userId: string; xray: PersonalityXRay }> = [];
  readonly saves: Array<{ userId: string; kundali: Kundali; xray: PersonalityXRay }> = [];
  readonly kundaliReads: string[] = [];

  constructor(
    private readonly behaviour: 'ok' | 'fail' | 'hang' = 'ok',
    private readonly kundali: Kundali | Error | null = sampleKundali,
  ) {}

  async loadXRay(): Promise<PersonalityXRay | null> {
    return sampleXRay;
  }

  async loadKundali(userId: UserId): Promise<Kundali | null> {
    this.kundaliReads.push(userId);
    if (this.kundali instanceof Error) throw this.kundali;
    return this.kundali;
  }

  async saveUserData(userId: UserId, kundali: Kundali, xray: PersonalityXRay): Promise<void> {
    if (this.behaviour === 'fail') throw new Error(`redis down for ${userId}`);
    this.saves.push({ userId, kundali, xray });
  }

  updateXRay(userId: UserId, update: (current: PersonalityXRay) => PersonalityXRay): Promise<boolean> {
    this.updates.push({ userId, xray: update(this.updates.at(-1)?.xray ?? sampleXRay) });
    if (this.behaviour === 'fail') return Promise.reject(new Error(`redis down for ${userId}`));
    if (this.behaviour === 'hang') return new Promise(() => undefined);
    return Promise.resolve(true);
  }
}
