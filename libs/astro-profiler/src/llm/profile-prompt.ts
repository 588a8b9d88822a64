import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChartFacts } from '../chart/chart-facts.js';
import { either, houseConvention, possibleHouses, shiftText, uncertaintyReason } from '../chart/uncertainty-text.js';
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
  '- Houses: use only the house numbers given, counted the way the chart says (from the ascendant, or from the Moon',
  '  when the birth time is uncertain); say which when you name a house. Never count houses any other way.',
  '- Never state as fact anything listed under "Left open by the birth time": say it is uncertain and name the',
  '  possibilities given (for example "the rising sign may be Cancer or Leo").',
  '- Shape life_chapter.focus_guidance and the therapist_cheat_sheet around the focus topic of the conversation.',
  '- Reply with one JSON object that matches the given JSON schema exactly, and nothing else.',
].join('\n');

/** The chart as compact facts: fewer tokens than the raw kundali, and already normalised. */
function describeChart(facts: ChartFacts, topic: ResolvedFocusTopic): string {
  const u = facts.uncertainty;
  const placements = PLANETS.flatMap((planet) => {
    const p = facts.placements[planet];
    if (!p) return [];
    const moonOpen = planet === 'Moon' && u;
    const sign = moonOpen && u.moonSigns.length > 1 ? either(u.moonSigns) : p.sign;
    const nakshatra = moonOpen && u.moonNakshatras.length > 1 ? either(u.moonNakshatras) : p.nakshatra;
    const houses = possibleHouses(facts, planet);
    const extras = [nakshatra && `nakshatra ${nakshatra}`, p.retrograde && 'retrograde'].filter(Boolean);
    return [`- ${planet}: ${sign}, house ${houses.join(' or ')}${extras.length ? `, ${extras.join(', ')}` : ''}`];
  });
  const period = (label: string, p: ChartFacts['mahadasha']) =>
    `${label}: ${p ? `${p.planet}${p.end ? ` (until ${p.end})` : ''}` : 'not known'}`;
  const open: string[] = [];
  if (u) {
    open.push(`Left open by the birth time (${uncertaintyReason(u)}):`);
    if (facts.lagna === 'moon') open.push('- the rising sign: treat it as unknown' + (u.risingOptions.length > 1 && u.risingOptions.length < 12 ? ` (it may be ${either(u.risingOptions)})` : ''));
    else if (u.risingOptions.length > 1) open.push(`- the rising sign: ${either(u.risingOptions)}`);
    if (u.moonSigns.length > 1) open.push(`- the Moon's sign: ${either(u.moonSigns)}`);
    if (u.moonNakshatras.length > 1) open.push(`- the Moon's nakshatra: ${either(u.moonNakshatras)}`);
    if (u.dashaShiftDays !== undefined && u.dashaShiftDays >= 1) open.push(`- the dasha dates: they can shift by ${shiftText(u.dashaShiftDays)}`);
    if (u.runningMahadashas.length > 1) open.push(`- the running mahadasha: ${either(u.runningMahadashas)}`);
  }
  return [
    ...open,
    facts.lagna === 'moon' ? `Chart read from the Moon's sign: ${facts.rising}` : `Rising sign: ${facts.rising}`,
    `Placements (${houseConvention(facts)}):`,
    ...(placements.length ? placements : ['- none known']),
    period('Running mahadasha', facts.mahadasha),
    period('Running antardasha', facts.antardasha),
    ...(facts.dashaReliable || u ? [] : ['The dasha periods are approximate (birth time unknown).']),
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
