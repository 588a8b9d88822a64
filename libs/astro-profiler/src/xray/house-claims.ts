import type { ChartFacts } from '../chart/chart-facts.js';
import { PLANETS, type Planet } from '../chart/zodiac.js';
import { possibleHouses } from '../chart/uncertainty-text.js';

const ORDINAL = /\b(1[0-2]|[1-9])(?:st|nd|rd|th)\s+house\b|\bhouse\s+(1[0-2]|[1-9])\b/gi;
const PLANET_NAME = new RegExp(`\\b(${PLANETS.join('|')})\\b`, 'g');

export function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Makes every "<planet> ... in the Nth house" claim of a sentence agree with the chart the X-Ray was read from:
 * a house number that the chart does not give that planet (a model counting from another point, or guessing) is
 * replaced by the chart's, or by "the Nth or Mth house" where the birth time leaves it open. Claims about a house
 * without a planet in the same sentence (the 7th house of partnership) are left alone.
 */
export function alignHouseClaims(text: string, facts: ChartFacts): string {
  return text.replace(/[^.!?]+[.!?]?/g, (sentence) => {
    const planets = [...sentence.matchAll(PLANET_NAME)].map((m) => m[1] as Planet);
    if (planets.length === 0) return sentence;
    return sentence.replace(ORDINAL, (claim, ord: string | undefined, bare: string | undefined, at: number) => {
      const before = sentence.slice(0, at);
      const planet = [...before.matchAll(PLANET_NAME)].map((m) => m[1] as Planet).pop() ?? planets[0];
      const houses = possibleHouses(facts, planet);
      const said = Number(ord ?? bare);
      if (houses.length === 0 || (houses.length === 1 && houses[0] === said)) return claim;
      const right = houses.map(ordinal).join(' or ');
      return ord !== undefined ? `${right} house` : `house ${houses.join(' or ')}`;
    });
  });
}

/** alignHouseClaims over every string of an X-Ray's content. */
export function alignContentHouseClaims<T>(content: T, facts: ChartFacts): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return alignHouseClaims(value, facts);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(content) as T;
}
