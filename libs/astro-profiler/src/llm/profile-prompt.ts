import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChartFacts } from '../chart/chart-facts.js';
import { PLANETS } from '../chart/zodiac.js';
import type { ResolvedFocusTopic } from '../rules/focus-topic.js';

const SYSTEM_PROMPT = [
  'You write a Personality X-Ray: a short psychological profile that guides a warm, psychologically trained AI',
  'companion in conversation with this person. You read it from their Vedic (sidereal) birth chart using classical',
  'correspondences: the rising sign for outer manner, the Sun for core purpose, the Moon and its nakshatra for',
  'emotional life, Mercury for thinking, Venus, Mars and the 7th house for relating, the running mahadasha and',
  'antardasha lords for the present life chapter, crowded houses for emphasis, retrograde planets for inward turns.',
  '',
  'Rules:',
  '- Astrology is a lens for reflection, never a verdict: write tendencies ("tends to", "may"), not predictions or fate.',
  '- No diagnoses, no medical, legal or financial advice, nothing about death dates, illness or disaster.',
  '- Write for the companion, in plain English, concretely and kindly; items in lists are short phrases.',
  '- life_chapter.mahadasha and life_chapter.antardasha are the running period lords given, or null if not given.',
  '- Shape life_chapter.focus_guidance and the therapist_cheat_sheet around the focus topic of the conversation.',
  '- Reply with one JSON object that matches the given JSON schema exactly, and nothing else.',
].join('\n');

/** The chart as compact facts: fewer tokens than the raw kundali, and already normalised. */
function describeChart(facts: ChartFacts, topic: ResolvedFocusTopic): string {
  const placements = PLANETS.flatMap((planet) => {
    const p = facts.placements[planet];
    if (!p) return [];
    const extras = [p.nakshatra && `nakshatra ${p.nakshatra}`, p.retrograde && 'retrograde'].filter(Boolean);
    return [`- ${planet}: ${p.sign}, house ${p.house}${extras.length ? `, ${extras.join(', ')}` : ''}`];
  });
  const period = (label: string, p: ChartFacts['mahadasha']) =>
    `${label}: ${p ? `${p.planet}${p.end ? ` (until ${p.end})` : ''}` : 'not known'}`;
  const unknownTime =
    facts.lagna === 'moon'
      ? ['Birth time unknown: houses are counted from the Moon sign (Chandra lagna); treat the rising sign as unknown.']
      : [];
  return [
    ...unknownTime,
    `Rising sign: ${facts.rising}`,
    'Placements (whole-sign houses):',
    ...(placements.length ? placements : ['- none known']),
    period('Running mahadasha', facts.mahadasha),
    period('Running antardasha', facts.antardasha),
    ...(facts.dashaReliable ? [] : ['The dasha periods are approximate (birth time unknown).']),
    `Emphasised houses: ${facts.emphasizedHouses.map((h) => `${h.house} (${h.planets.join(', ')})`).join('; ') || 'none'}`,
    `Focus topic of the conversation: ${topic.label}`,
  ].join('\n');
}

export function profileMessages(facts: ChartFacts, topic: ResolvedFocusTopic): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: `Write the Personality X-Ray for this chart.\n\n${describeChart(facts, topic)}` },
  ];
}

export function repairMessages(badReply: string, problems: string): ChatCompletionMessageParam[] {
  return [
    { role: 'assistant', content: badReply },
    {
      role: 'user',
      content:
        `That reply is not valid against the schema:\n${problems}\n\n` +
        'Reply again with the complete, corrected JSON object only.',
    },
  ];
}
