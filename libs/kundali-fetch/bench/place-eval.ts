import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolvePlace } from '../src/index.js';

/**
 * Measures resolvePlace on a labelled set (JSONL: {id, lang, text, expect: {outcome: 'place', country, lat, lon} |
 * {outcome: 'ask'}}) and prints, per language, the shares of answers that are correct, asked back (any outcome but a
 * resolved place, where a place was expected) and wrongly resolved (a place too far from the expected one, or any
 * place where asking back was expected). A place counts as correct in the expected country within `--km` (25).
 */
interface Item {
  id: string;
  lang: string;
  text: string;
  expect: { outcome: 'place'; country: string; lat: number; lon: number } | { outcome: 'ask' };
}

type Verdict = 'correct' | 'asked' | 'wrong';

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * rad) / 2) ** 2 +
    Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

async function verdictOf(item: Item, toleranceKm: number): Promise<{ verdict: Verdict; got: string }> {
  let resolution;
  try {
    resolution = await resolvePlace(item.text);
  } catch (error) {
    return { verdict: item.expect.outcome === 'ask' ? 'correct' : 'asked', got: (error as { code?: string }).code ?? 'error' };
  }
  if (resolution.kind !== 'resolved') return { verdict: item.expect.outcome === 'ask' ? 'correct' : 'asked', got: resolution.kind };
  const { place } = resolution;
  const got = place.label;
  if (item.expect.outcome === 'ask') return { verdict: 'wrong', got };
  const near = km(place.latitude, place.longitude, item.expect.lat, item.expect.lon) <= toleranceKm;
  return { verdict: near && place.countryCode === item.expect.country ? 'correct' : 'wrong', got };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { set: { type: 'string' }, km: { type: 'string', default: '25' }, verbose: { type: 'boolean', default: false } } });
  if (!values.set) throw new Error('usage: place-eval --set <file.jsonl> [--km 25] [--verbose]');
  const toleranceKm = Number(values.km);
  const items = readFileSync(values.set, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
  const tally = new Map<string, Record<Verdict, number>>();
  for (const item of items) {
    const { verdict, got } = await verdictOf(item, toleranceKm);
    for (const lang of [item.lang, 'all']) {
      const t = tally.get(lang) ?? { correct: 0, asked: 0, wrong: 0 };
      t[verdict] += 1;
      tally.set(lang, t);
    }
    if (values.verbose && verdict !== 'correct') console.log(`${verdict}\t${item.id}\t${item.expect.outcome}\t${got}`);
  }
  const pct = (n: number, total: number) => `${((100 * n) / total).toFixed(1)}%`.padStart(6);
  console.log('lang      n  correct  asked  wrong');
  for (const [lang, t] of [...tally.entries()].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    const n = t.correct + t.asked + t.wrong;
    console.log(`${lang.padEnd(8)} ${String(n).padStart(3)}  ${pct(t.correct, n)} ${pct(t.asked, n)} ${pct(t.wrong, n)}`);
  }
}

await main();
