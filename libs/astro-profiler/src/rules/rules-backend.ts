import type { Kundali } from '@amigo/contracts';
import { readChartFacts, type ChartFacts, type Placement } from '../chart/chart-facts.js';
import { either, possibleHouses, shiftText, uncertaintyReason } from '../chart/uncertainty-text.js';
import { PLANETS, signInHouse, type Planet, type Sign } from '../chart/zodiac.js';
import { systemClock, type Clock, type GenerateOptions, type XRayGenerator } from '../profiler/xray-generator.js';
import { XRAY_SCHEMA_VERSION, type GeneratedXRay, type XRayContent } from '@amigo/contracts';
import { ELEMENT_MODALITY, ELEMENT_PROCESSING, MODALITY_DECISIONS } from './data/element-guidance.js';
import { HOUSE_DOMAINS } from './data/house-domains.js';
import { NAKSHATRA_TRAITS } from './data/nakshatra-traits.js';
import { PLANET_TRAITS } from './data/planet-traits.js';
import { SIGN_TRAITS } from './data/sign-traits.js';
import { resolveFocusTopic, type ResolvedFocusTopic } from './focus-topic.js';

export const RULES_MODEL = 'amigo-rules-1';

export interface RulesBackendOptions {
  clock?: Clock;
}

const unique = (items: (string | undefined)[], max: number): string[] =>
  [...new Set(items.filter((i): i is string => Boolean(i)))].slice(0, max);

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function ordinal(n: number): string {
  const suffix =
    n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A body's sign when the chart has it, else the sign of a stand-in that classical reading accepts for it. */
function signOf(facts: ChartFacts, planet: Planet, ...standIns: Planet[]): Sign {
  for (const p of [planet, ...standIns]) {
    const placement = facts.placements[p];
    if (placement) return placement.sign;
  }
  return facts.rising;
}

function coreIdentity(facts: ChartFacts): XRayContent['core_identity'] {
  const rising = SIGN_TRAITS[facts.rising];
  const sun = facts.placements.Sun;
  const moon = facts.placements.Moon;
  const u = facts.uncertainty;
  const risingOpen = u && u.risingOptions.length > 1 && u.risingOptions.length < 12 ? `; the rising sign may be ${either(u.risingOptions)}` : '';
  const basis =
    facts.lagna === 'moon'
      ? `read from the Moon's sign ${facts.rising}, as ${u ? uncertaintyReason(u) : 'the birth time is unknown'}${risingOpen}`
      : `${facts.rising} rising`;
  const sentences = [`Outwardly (${basis}) ${rising.essence}.`];
  if (sun) {
    sentences.push(
      sun.sign === facts.rising
        ? `At the core (Sun also in ${sun.sign}) the same qualities run deep: they are not only a manner.`
        : `At the core (Sun in ${sun.sign}) ${SIGN_TRAITS[sun.sign].essence}.`,
    );
  }
  if (moon) {
    const described = moon.sign === facts.rising || moon.sign === sun?.sign;
    // A nakshatra the birth time leaves open is named as open, and its motif is not read into the person.
    const nakshatraOpen = u && u.moonNakshatras.length > 1;
    const nakshatra = !nakshatraOpen && moon.nakshatra ? NAKSHATRA_TRAITS[moon.nakshatra] : undefined;
    const signText = u && u.moonSigns.length > 1 ? `${moon.sign} (or ${either(u.moonSigns.filter((x) => x !== moon.sign))}, depending on the birth hour)` : moon.sign;
    const nakshatraText = nakshatraOpen
      ? `, ${either(u.moonNakshatras)} nakshatra (the birth time leaves this open)`
      : nakshatra
        ? `, ${moon.nakshatra} nakshatra: ${nakshatra.motif}`
        : '';
    const where = `Moon ${described ? 'also ' : ''}in ${signText}${nakshatraText}`;
    const feeling = [described ? undefined : SIGN_TRAITS[moon.sign].essence, nakshatra?.inner].filter(Boolean);
    sentences.push(
      feeling.length > 0
        ? `Emotionally (${where}) ${feeling.join(', and ')}.`
        : `Emotionally (${where}) the same temperament colours the feelings.`,
    );
  }
  const retrogradeEdges = facts.retrogrades.map(
    (p) => `${p} retrograde: ${lowerFirst(PLANET_TRAITS[p].retrograde ?? '')}`,
  );
  return {
    archetype: rising.archetype,
    summary: sentences.join(' '),
    strengths: unique(
      [
        rising.strengths[0],
        sun && SIGN_TRAITS[sun.sign].strengths[0],
        moon && SIGN_TRAITS[moon.sign].strengths[0],
        rising.strengths[1],
      ],
      4,
    ),
    growth_edges: unique(
      [
        rising.growthEdges[0],
        sun && SIGN_TRAITS[sun.sign].growthEdges[0],
        moon && SIGN_TRAITS[moon.sign].growthEdges[1],
        ...retrogradeEdges,
      ],
      5,
    ),
  };
}

function emotionalArchitecture(facts: ChartFacts): XRayContent['emotional_architecture'] {
  const moon = facts.placements.Moon;
  const moonSign = moon?.sign ?? facts.rising;
  const traits = SIGN_TRAITS[moonSign];
  const companions = PLANETS.filter((p) => p !== 'Moon' && facts.placements[p]?.sign === moonSign && moon);
  const nakshatra = moon?.nakshatra ? NAKSHATRA_TRAITS[moon.nakshatra] : undefined;
  const attachment = [
    moon
      ? traits.attachment + '.'
      : `${traits.attachment} (read from the rising sign; the Moon's position is not known).`,
    ...companions.map((p) => PLANET_TRAITS[p].withMoon),
  ];
  return {
    attachment_style: attachment.join(' '),
    needs: unique([...traits.needs, nakshatra?.need], 3),
    triggers: unique([...traits.triggers, SIGN_TRAITS[facts.rising].triggers[0]], 3),
    coping_patterns: unique([...traits.coping, SIGN_TRAITS[facts.rising].coping[0]], 3),
  };
}

function cognitiveStyle(facts: ChartFacts): XRayContent['cognitive_style'] {
  // Mercury never strays more than 28 degrees from the Sun, so the Sun's sign is the classical stand-in.
  const mercurySign = signOf(facts, 'Mercury', 'Sun');
  const traits = SIGN_TRAITS[mercurySign];
  const source = facts.placements.Mercury ? `Mercury in ${mercurySign}` : `read from ${mercurySign}`;
  const mercuryRetro = facts.retrogrades.includes('Mercury') ? PLANET_TRAITS.Mercury.retrograde : undefined;
  return {
    summary: `${traits.thinking} (${source}).${mercuryRetro ? ` ${mercuryRetro}.` : ''}`,
    processing_style: ELEMENT_PROCESSING[traits.element],
    decision_making: MODALITY_DECISIONS[SIGN_TRAITS[facts.rising].modality],
    blind_spots: unique([traits.blindSpot, SIGN_TRAITS[facts.rising].blindSpot], 2),
  };
}

function relationalPatterns(facts: ChartFacts): XRayContent['relational_patterns'] {
  // Venus stays within 47 degrees of the Sun: the Sun's sign stands in for it in a partial chart.
  const venus = SIGN_TRAITS[signOf(facts, 'Venus', 'Sun')];
  const mars = SIGN_TRAITS[signOf(facts, 'Mars')];
  const moon = SIGN_TRAITS[signOf(facts, 'Moon')];
  const seventhSign = signInHouse(facts.rising, 7);
  const counted = facts.lagna === 'moon' ? ' (counted from the Moon)' : '';
  const seventh = SIGN_TRAITS[seventhSign];
  const venusRetro = facts.retrogrades.includes('Venus') ? PLANET_TRAITS.Venus.retrograde : undefined;
  return {
    summary:
      `${venus.relating}. The 7th house of partnership${counted} falls in ${seventhSign}, which draws them to people who bring ` +
      `${lowerFirst(seventh.offers)}.`,
    conflict_style: mars.conflict,
    offers_others: unique([venus.offers, moon.offers], 2),
    needs_from_others: unique([venus.needsFromOthers, moon.needsFromOthers, seventh.needsFromOthers], 3),
    patterns_to_watch: unique([venus.patternToWatch, mars.patternToWatch, venusRetro], 3),
  };
}

function placementNote(facts: ChartFacts, placement: Placement | undefined): string | undefined {
  if (!placement) return undefined;
  const counted = facts.lagna === 'moon' ? ' (counted from the Moon)' : ' (counted from the ascendant)';
  const houses = possibleHouses(facts, placement.planet);
  if (houses.length > 1) {
    return ` ${placement.planet} sits in the ${houses.map(ordinal).join(' or ')} house${counted}, depending on the exact birth time.`;
  }
  return ` ${placement.planet} sits in the ${ordinal(placement.house)} house${counted}, so the chapter plays out most in ${HOUSE_DOMAINS[placement.house]}.`;
}

function dashaCaveat(facts: ChartFacts): string | undefined {
  const u = facts.uncertainty;
  if (u?.dashaShiftDays !== undefined && u.dashaShiftDays >= 1) {
    return `approximate: as ${uncertaintyReason(u)}, its dates can shift by ${shiftText(u.dashaShiftDays)}`;
  }
  return facts.dashaReliable ? undefined : 'approximate, as the birth time is unknown';
}

function lifeChapter(facts: ChartFacts, topic: ResolvedFocusTopic): XRayContent['life_chapter'] {
  const maha = facts.mahadasha;
  const antar = facts.antardasha;
  let summary = 'The running dasha period is not known, so the current chapter is read from the chart as a whole.';
  if (maha) {
    const notes = [maha.end && `running until ${maha.end}`, dashaCaveat(facts)].filter(Boolean);
    const until = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    const running = facts.uncertainty?.runningMahadashas ?? [];
    const alternatives = running.length > 1 ? ` (or the ${either(running.filter((p) => p !== maha.planet))} mahadasha: the birth time leaves this open)` : '';
    summary = `The ${maha.planet} mahadasha${until}${alternatives} is ${PLANET_TRAITS[maha.planet].chapter}.`;
    if (antar) summary += ` Within it, in the ${antar.planet} sub-period, ${PLANET_TRAITS[antar.planet].subPeriod}.`;
    summary += placementNote(facts, facts.placements[maha.planet]) ?? '';
  }
  const emphasis = facts.emphasizedHouses.map(
    (h) => `Emphasis on the ${ordinal(h.house)} house${facts.lagna === 'moon' ? ' from the Moon' : ''} (${h.planets.join(', ')}): ${HOUSE_DOMAINS[h.house]}`,
  );
  const themes = unique(
    [...(maha ? PLANET_TRAITS[maha.planet].themes : []), antar && PLANET_TRAITS[antar.planet].themes[0], ...emphasis],
    5,
  );
  if (themes.length === 0) themes.push(`Living out ${HOUSE_DOMAINS[1]}`);

  let guidance = topic.guide.lens + '.';
  const house = topic.guide.house;
  if (house !== null) {
    const sign = signInHouse(facts.rising, house);
    const lord = SIGN_TRAITS[sign].lord;
    guidance += ` The ${ordinal(house)} house${facts.lagna === 'moon' ? ' (counted from the Moon)' : ''} of ${HOUSE_DOMAINS[house]} falls in ${sign}, ruled by ${lord}.`;
    const runningLords = [maha?.planet, antar?.planet];
    if (runningLords.includes(lord)) {
      guidance += ` ${lord} also rules a running period, so this topic is central to the present chapter.`;
    } else if (maha && possibleHouses(facts, maha.planet).length === 1 && facts.placements[maha.planet]?.house === house) {
      guidance += ` The mahadasha lord ${maha.planet} sits in that house, so this topic is woven into the present chapter.`;
    } else if (maha) {
      guidance += ` Explore how the ${PLANET_TRAITS[maha.planet].keyword} themes of the ${maha.planet} period meet this area of life.`;
    }
  }
  return {
    mahadasha: maha?.planet ?? null,
    antardasha: antar?.planet ?? null,
    summary,
    themes,
    focus_guidance: guidance,
  };
}

function therapistCheatSheet(facts: ChartFacts, topic: ResolvedFocusTopic): XRayContent['therapist_cheat_sheet'] {
  const moon = SIGN_TRAITS[signOf(facts, 'Moon')];
  const rising = SIGN_TRAITS[facts.rising];
  const maha = facts.mahadasha;
  return {
    recommended_modality: topic.guide.modality ?? ELEMENT_MODALITY[moon.element],
    rapport_tips: unique([topic.guide.rapport, rising.rapport, moon.rapport], 3),
    approach_gently: unique([...topic.guide.approachGently, moon.triggers[0], moon.growthEdges[0]], 4),
    questions_to_explore: unique([...topic.guide.questions, maha && PLANET_TRAITS[maha.planet].question], 3),
  };
}

/**
 * Reads the X-Ray from classical correspondences: the rising sign (outer manner), Sun (core), Moon and its
 * nakshatra (emotions), Mercury (thinking), Venus, Mars and the 7th house (relating), the running mahadasha and
 * antardasha lords (life chapter), house emphasis and retrograde planets. Pure: the same kundali, topic and clock
 * give the same X-Ray, and it works offline.
 */
export class RulesBackend implements XRayGenerator {
  private readonly clock: Clock;

  constructor(options: RulesBackendOptions = {}) {
    this.clock = options.clock ?? systemClock;
  }

  async generate(kundali: Kundali, options: GenerateOptions = {}): Promise<GeneratedXRay> {
    return this.generateSync(kundali, options);
  }

  generateSync(kundali: Kundali, options: GenerateOptions = {}): GeneratedXRay {
    const facts = readChartFacts(kundali);
    const topic = resolveFocusTopic(options.focusTopic);
    return {
      core_identity: coreIdentity(facts),
      emotional_architecture: emotionalArchitecture(facts),
      cognitive_style: cognitiveStyle(facts),
      relational_patterns: relationalPatterns(facts),
      life_chapter: lifeChapter(facts, topic),
      therapist_cheat_sheet: therapistCheatSheet(facts, topic),
      focus_topic: topic.label,
      provenance: {
        source: 'rules',
        model: RULES_MODEL,
        generated_at: this.clock().toISOString(),
        schema_version: XRAY_SCHEMA_VERSION,
      },
    };
  }
}
