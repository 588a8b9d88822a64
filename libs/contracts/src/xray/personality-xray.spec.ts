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

describe('PersonalityXRay schema, extended sections', () => {
  const provenance = {
    source: 'rules',
    model: 'amigo-rules-1',
    generated_at: '2026-11-25T10:00:00.000Z',
    schema_version: 2,
  };

  it('accepts partial new sections and keeps their unknown fields', () => {
    const xray = {
      ...pythonServiceSample,
      cognitive_style: { summary: 'Quick', future_field: 1 },
      life_chapter: { mahadasha: 'Venus', antardasha: null },
      focus_topic: 'career',
      provenance: { ...provenance, request_id: 'abc' },
    };
    expect(PersonalityXRay.parse(xray)).toEqual(xray);
  });

  it('rejects a provenance with an unknown source or a malformed timestamp', () => {
    expect(
      PersonalityXRay.safeParse({ ...pythonServiceSample, provenance: { ...provenance, source: 'oracle' } }).success,
    ).toBe(false);
    expect(
      PersonalityXRay.safeParse({ ...pythonServiceSample, provenance: { ...provenance, generated_at: 'yesterday' } })
        .success,
    ).toBe(false);
  });

  it('rejects wrongly typed known fields', () => {
    expect(
      PersonalityXRay.safeParse({ ...pythonServiceSample, core_identity: { archetype: 'A', strengths: 'brave' } })
        .success,
    ).toBe(false);
  });
});
