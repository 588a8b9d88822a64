import type { Planet } from '../../chart/zodiac.js';

/**
 * What each graha signifies when it rules a running dasha period, when it is retrograde, and when it crowds a house.
 * The significations (karakatvas) are the common classical ones; the wording is this project's.
 */
export interface PlanetTraits {
  keyword: string;
  chapter: string;
  themes: [string, string];
  subPeriod: string;
  question: string;
  /** Only the seven visible planets can be retrograde; Rahu and Ketu always move backwards. */
  retrograde?: string;
  /** How the planet colours feelings when it shares the Moon's sign. */
  withMoon?: string;
}

export const PLANET_TRAITS: Record<Planet, PlanetTraits> = {
  Sun: {
    keyword: 'identity and purpose',
    chapter: "a chapter about identity, authority and standing in one's own light",
    themes: [
      'Clarifying personal purpose and self-respect',
      'Relationship with authority, father figures or leadership',
    ],
    subPeriod: 'questions of recognition and confidence come to the fore',
    question: 'Where in your life do you most want to be seen for who you really are?',
    withMoon: "Sharing the Moon's sign, the Sun ties feelings closely to self-image and pride.",
  },
  Moon: {
    keyword: 'feeling and belonging',
    chapter: 'a chapter about emotional needs, home, mother and the sense of belonging',
    themes: ['Emotional sensitivity and changing moods', 'Home, family and nurture'],
    subPeriod: 'feelings, home life and the need for comfort are closer to the surface',
    question: 'What helps you feel emotionally safe these days, and what takes that feeling away?',
  },
  Mars: {
    keyword: 'drive and courage',
    chapter: 'a chapter about energy, courage, competition and asserting oneself',
    themes: ['Taking decisive action and setting boundaries', 'Handling anger, conflict and competition'],
    subPeriod: 'energy runs high and friction or urgency may show up',
    question: 'What are you fighting for right now, and what is it costing you?',
    retrograde: 'Drive turns inward: may second-guess before acting, or let frustration simmer rather than express it',
    withMoon: 'Mars beside the Moon makes feelings quick and hot: hurt can surface as irritation.',
  },
  Mercury: {
    keyword: 'thought and communication',
    chapter: 'a chapter about learning, communication, skills and trade',
    themes: ['Learning, writing, speaking and problem-solving', 'Restless thinking and many parallel plans'],
    subPeriod: 'the mind is busy; communication, study and paperwork take more room',
    question: 'Which conversation have you been rehearsing in your head but not yet had?',
    retrograde: 'Thinks in loops and revisits decisions; insight comes on the second pass rather than the first',
    withMoon: 'Mercury beside the Moon puts feelings into words readily, and sometimes overthinks them.',
  },
  Jupiter: {
    keyword: 'growth and wisdom',
    chapter: 'a chapter about growth, learning, faith, mentors and expanding horizons',
    themes: ['Finding meaning and a guiding philosophy', 'Teaching, mentoring, children or expanding the family'],
    subPeriod: 'openings for growth and guidance appear, sometimes alongside over-extension',
    question: 'What are you growing toward, and who has been a guide to you on the way?',
    retrograde: 'Builds a personal, often unconventional faith; trusts wisdom tested on its own experience',
    withMoon: 'Jupiter beside the Moon adds generosity and a protective optimism to the emotional life.',
  },
  Venus: {
    keyword: 'love and values',
    chapter: 'a chapter about love, pleasure, beauty, comfort and what one truly values',
    themes: ['Partnership, attraction and harmony', 'Creativity, comfort and a reckoning with values and money'],
    subPeriod: 'relationships, pleasure and self-worth ask for attention',
    question: 'What do you find yourself valuing more, or less, than you used to?',
    retrograde: 'Revisits old loves and values; may find it hard to receive affection as freely as they give it',
    withMoon: 'Venus beside the Moon softens the emotions and deepens the need for affection and harmony.',
  },
  Saturn: {
    keyword: 'structure and endurance',
    chapter: 'a chapter about responsibility, patience, hard work and maturing through limits',
    themes: ['Carrying responsibility and building lasting structures', 'Facing delays, limits, fear and loneliness'],
    subPeriod: 'duties feel heavier and progress slower, rewarding patience and realism',
    question: 'Which responsibility feels heaviest right now, and is all of it really yours to carry?',
    retrograde: 'Feels the weight of duty keenly and may judge themselves by standards no one else imposes',
    withMoon: 'Saturn beside the Moon adds reserve: feelings are held back, shown late and taken seriously.',
  },
  Rahu: {
    keyword: 'ambition and the unfamiliar',
    chapter: 'a chapter of intense ambition, restlessness and stepping into unfamiliar territory',
    themes: [
      'Hunger for more: new worlds, status or experiences',
      'Confusion, anxiety or obsession when desire outruns clarity',
    ],
    subPeriod: 'restlessness grows and unconventional choices tempt',
    question: 'What are you chasing right now, and how will you know when it is enough?',
    withMoon: 'Rahu beside the Moon can amplify worry and longing; moods may feel bigger than their cause.',
  },
  Ketu: {
    keyword: 'release and inner search',
    chapter: 'a chapter of letting go, detachment and turning inward',
    themes: ['Loosening attachments and old identities', 'Spiritual questioning and a search for what really matters'],
    subPeriod: 'things may fall away, inviting reflection on what is essential',
    question: 'What have you been letting go of lately, by choice or not?',
    withMoon: 'Ketu beside the Moon can bring detachment from feelings, or a sense of not quite belonging.',
  },
};
