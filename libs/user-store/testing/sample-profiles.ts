import type { KundaliInput, PersonalityXRayInput } from '@amigo/contracts';

/** The Python-era samples from the issue, as the old service stored them. */
export const legacyKundaliJson =
  '{"ascendant":"Virgo","planets":[{"name":"Sun","sign":"Pisces","fullDegree":350.5}],"dasha":{"major":{"planet":"Saturn"}},"ascendant_report":"Analytical and detail-oriented."}';
export const legacyXRayJson =
  '{"core_identity":{"archetype":"The Analyst"},"emotional_architecture":{"attachment_style":"Secure"},"therapist_cheat_sheet":{"recommended_modality":"CBT"}}';

export const sampleKundali = JSON.parse(legacyKundaliJson) as {
  ascendant: string;
  planets: Array<{ name: string; sign: string; fullDegree: number }>;
  dasha: { major: { planet: string } };
  ascendant_report: string;
};
export const sampleXRay = JSON.parse(legacyXRayJson) as {
  core_identity: { archetype: string; summary?: string };
  emotional_architecture: { attachment_style: string };
  therapist_cheat_sheet: { recommended_modality: string };
  focus_topic?: string;
};

const SIGNS = ['Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo', 'Libra', 'Scorpio', 'Sagittarius', 'Capricorn', 'Aquarius', 'Pisces'];
const BODIES = ['Sun', 'Moon', 'Mars', 'Mercury', 'Jupiter', 'Venus', 'Saturn', 'Rahu', 'Ketu', 'Ascendant'];

/** A full chart as AstrologyAPI returns it plus a generated X-Ray: about 5 KB of JSON together. */
export function realisticProfile(): { kundali: KundaliInput; xray: PersonalityXRayInput } {
  const planets = BODIES.map((name, i) => ({
    id: i,
    name,
    fullDegree: (i * 37.3) % 360,
    normDegree: (i * 37.3) % 30,
    speed: 0.98 - i * 0.1,
    isRetro: i % 3 === 0 ? ('true' as const) : ('false' as const),
    sign: SIGNS[Math.floor(((i * 37.3) % 360) / 30)],
    signLord: BODIES[(i + 2) % 7],
    nakshatra: 'Uttara Bhadrapada',
    nakshatraLord: 'Saturn',
    nakshatra_pad: (i % 4) + 1,
    house: (i % 12) + 1,
  }));
  const kundali = {
    ascendant: 'Virgo',
    planets,
    dasha: {
      major: { planet: 'Saturn', planet_id: 6, start: '2019-03-14T00:00:00Z', end: '2038-03-14T00:00:00Z' },
      minor: { planet: 'Mercury', planet_id: 3, start: '2022-03-17T00:00:00Z', end: '2024-11-25T00:00:00Z' },
    },
    ascendant_report:
      'Virgo rising gives an analytical, service-minded and detail-oriented approach to life, with a strong wish to ' +
      'be useful, a critical eye for imperfections, and a tendency to worry about health and routines. '.repeat(2),
  };
  const texts = (topic: string) =>
    Array.from({ length: 4 }, (_, i) => `${topic} ${i + 1}: a considered, specific observation drawn from the chart.`);
  const xray = {
    core_identity: {
      archetype: 'The Analyst',
      summary: 'A careful, conscientious mind that finds safety in understanding how things work. '.repeat(2),
      strengths: texts('strength'),
      growth_edges: texts('growth edge'),
    },
    emotional_architecture: {
      attachment_style: 'Secure with anxious undertones under stress',
      needs: texts('need'),
      triggers: texts('trigger'),
      coping_patterns: texts('coping pattern'),
    },
    therapist_cheat_sheet: {
      recommended_modality: 'CBT',
      rapport_tips: texts('rapport tip'),
      approach_gently: texts('approach gently'),
      questions_to_explore: texts('question'),
    },
    focus_topic: 'career',
  };
  return { kundali, xray };
}
