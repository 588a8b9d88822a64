import type { ChartFacts, TimeUncertainty } from './chart-facts.js';
import { wholeSignHouse } from './zodiac.js';

/** "A", "A or B", "A, B or C". */
export function either(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "up to 12 days", "up to 3.4 years". */
export function shiftText(days: number): string {
  return days >= 365 ? `up to ${(days / 365.25).toFixed(1)} years` : `up to ${Math.max(1, Math.round(days))} days`;
}

/** Why the chart is uncertain, as a clause: "the birth time is unknown", "the birth time is only known to +/- 30 minutes". */
export function uncertaintyReason(u: TimeUncertainty): string {
  switch (u.basis) {
    case 'approximate_time':
      return `the birth time is only known to within ${u.minutesEitherSide ?? '?'} minutes either way`;
    case 'polar':
      return 'the ascendant cannot be trusted beyond the polar circle';
    default:
      return 'the birth time is unknown';
  }
}

/** How the houses are counted, stated in every text that names a house. */
export function houseConvention(facts: ChartFacts): string {
  return facts.lagna === 'moon'
    ? `whole-sign houses counted from the Moon's sign (Chandra lagna, house 1 = ${facts.rising}), not from the ascendant`
    : `whole-sign houses counted from the ascendant (house 1 = ${facts.rising})`;
}

/** The houses a body can occupy given the uncertainty, in the chart's convention; one entry when settled. */
export function possibleHouses(facts: ChartFacts, planet: keyof ChartFacts['placements']): number[] {
  const placement = facts.placements[planet];
  if (!placement) return [];
  // Counted from the Moon the houses no longer depend on the ascendant: only a Moon that changes sign moves them.
  if (facts.lagna === 'moon') {
    const moonSigns = facts.uncertainty?.moonSigns ?? [];
    if (planet === 'Moon' || moonSigns.length < 2) return [placement.house];
    return [...new Set([placement.house, ...moonSigns.map((m) => wholeSignHouse(m, placement.sign))])].sort((a, b) => a - b);
  }
  const options = facts.uncertainty?.houseOptions[planet];
  return options && options.length > 0 ? options : [placement.house];
}
