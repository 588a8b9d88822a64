import { PersonalityXRay } from './personality-xray.js';

const pythonServiceSample = {
  core_identity: { archetype: 'The Analyst' },
  emotional_architecture: { attachment_style: 'Secure' },
  therapist_cheat_sheet: { recommended_modality: 'CBT' },
};

describe('PersonalityXRay schema', () => {
  it('accepts an X-Ray stored by the Python service, unchanged', () => {
    expect(PersonalityXRay.parse(pythonServiceSample)).toEqual(pythonServiceSample);
  });

  it('keeps unknown fields', () => {
    const withExtra = { ...pythonServiceSample, shadow_work: { theme: 'control' } };
    expect(PersonalityXRay.parse(withExtra)).toEqual(withExtra);
  });

  it('rejects an X-Ray without a core identity archetype', () => {
    expect(PersonalityXRay.safeParse({ ...pythonServiceSample, core_identity: {} }).success).toBe(false);
  });
});
