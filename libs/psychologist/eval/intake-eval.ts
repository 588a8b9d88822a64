/**
 * Measures intake on an evaluation set directory (dates-times.jsonl, dialogues.jsonl, places.jsonl, one JSON object
 * per line): single answers through the parsers, whole conversations through the IntakeAgent driven by the offline
 * scripted LLM, and prints per language the shares understood correctly / asked back / wrongly resolved.
 *
 *   npx nx run psychologist:intake-eval --set-dir <dir> [--show-wrong]
 *
 * The directory is read in place, so a held-out set can be measured without copying it into the repository.
 */
import { RulesBackend } from '@amigo/astro-profiler';
import { parseDate, parseTime } from '@amigo/birth-answers';
import { type BirthDetails, parseUserId } from '@amigo/contracts';
import { initializeLogger, voice } from '@livekit/agents';
import { parseArgs } from 'node:util';
import { IntakeAgent, kundaliFetchService, OfflineLLM, PsychologistAgent, SessionState } from '../src/index.js';
import type { BirthChartService } from '../src/intake/birth-chart-service.js';
import { DateTimeCase, DialogueCase, PlaceCase, readSet } from './eval-sets.js';
import { judgeReading, type Reading, Tally, type Verdict } from './eval-scoring.js';

const USER = parseUserId('00000000-0000-4000-8000-000000000001');
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A single answer as intake reads it at that question: the same parser calls the intake task makes. */
function readAnswer(kind: 'date' | 'time', text: string): Reading {
  if (kind === 'date') {
    const date = parseDate(text);
    return date.kind === 'date' ? { outcome: 'value', value: date.iso } : { outcome: 'ask' };
  }
  const time = parseTime(text);
  if (time.kind === 'unknown') return { outcome: 'unknown' };
  return time.kind === 'time' ? { outcome: 'value', value: time.hhmm, approximate: time.approximate } : { outcome: 'ask' };
}

function plain(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Where the set's own place answers put a name ("Gurugram" -> its lat/lon), to compare places by distance. */
type Gazette = Map<string, { lat: number; lon: number }>;

function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/**
 * The confirmed details against the expected ones. The place is right when name and country match (a dialogue's
 * expected place names no state, so of two namesakes the one the person settled on is right, wherever the set's
 * places file puts another of that name), else when it lies within 25 km of where the set's places file puts that
 * name (renamed cities: "Gurgaon" for "Gurugram"), or of where the gazetteer puts the expected name in that country
 * (it files some towns under another spelling).
 */
async function judgeDialogue(expected: DialogueCase['expect'], birth: BirthDetails | undefined, gazette: Gazette, service: BirthChartService): Promise<Verdict> {
  if (!birth) return 'asked';
  if (birth.date !== expected.date) return 'wrong';
  const unknown = birth.time === 'unknown';
  if (unknown !== (expected.time_unknown ?? expected.time === null)) return 'wrong';
  if (!unknown && birth.time !== expected.time) return 'wrong';
  if (!unknown && (birth.time_uncertainty_minutes !== undefined) !== (expected.time_approximate ?? false)) return 'wrong';
  const label = (birth.place ?? '').split(',').map(plain);
  const countryName = countryNames.of(expected.place.country) ?? expected.place.country;
  if (label[0] === plain(expected.place.name) && label[label.length - 1] === plain(countryName)) return 'correct';
  const known = gazette.get(`${plain(expected.place.name)}|${expected.place.country}`);
  if (known && birth.latitude !== undefined && birth.longitude !== undefined) {
    return kilometres(known, { lat: birth.latitude, lon: birth.longitude }) <= 25 ? 'correct' : 'wrong';
  }
  const spelled = await service.findPlace(`${expected.place.name}, ${countryName}`);
  if (spelled.kind !== 'found' || spelled.place.countryCode !== expected.place.country || birth.latitude === undefined || birth.longitude === undefined) return 'wrong';
  return kilometres({ lat: spelled.place.latitude, lon: spelled.place.longitude }, { lat: birth.latitude, lon: birth.longitude }) <= 25 ? 'correct' : 'wrong';
}

async function runDialogue(turns: string[]): Promise<BirthDetails | undefined> {
  const base = kundaliFetchService();
  let captured: BirthDetails | undefined;
  const service: BirthChartService = {
    ...base,
    computeKundali: async (birth, choice) => {
      captured ??= birth;
      return base.computeKundali(birth, choice);
    },
  };
  const session = new voice.AgentSession<SessionState>({
    llm: new OfflineLLM(),
    vad: null,
    userData: SessionState.parse({ user_id: USER }),
    turnHandling: { turnDetection: 'manual' },
  });
  const profiler = new RulesBackend();
  const agent = new IntakeAgent({
    service,
    profiler,
    next: ({ xray, chatCtx }) => new PsychologistAgent({ xray, profiler, chatCtx }),
  });
  await session.start({ agent });
  try {
    for (const text of turns) {
      if (session.currentAgent instanceof PsychologistAgent) break;
      await session.run({ userInput: text }).wait();
      await agent.whenSettled();
    }
    return captured;
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'set-dir': { type: 'string' }, 'show-wrong': { type: 'boolean' } } });
  const dir = values['set-dir'];
  if (!dir) throw new Error('usage: intake-eval --set-dir <directory with dates-times.jsonl and dialogues.jsonl>');
  initializeLogger({ pretty: false, level: 'fatal' });

  const answers = new Tally();
  for (const item of readSet(dir, 'dates-times.jsonl', DateTimeCase)) {
    answers.add(item.lang, judgeReading(item.expect, readAnswer(item.kind, item.text)), item.id);
  }
  console.log(answers.table(`dates-times (${dir})`));
  if (values['show-wrong']) console.log(`  wrong: ${answers.wrong.join(' ')}`);

  const gazette: Gazette = new Map();
  for (const item of readSet(dir, 'places.jsonl', PlaceCase)) {
    if (item.expect.outcome === 'place') gazette.set(`${plain(item.expect.name)}|${item.expect.country}`, { lat: item.expect.lat, lon: item.expect.lon });
  }
  const dialogues = new Tally();
  const judgeService = kundaliFetchService();
  for (const item of readSet(dir, 'dialogues.jsonl', DialogueCase)) {
    dialogues.add(item.lang, await judgeDialogue(item.expect, await runDialogue(item.turns), gazette, judgeService), item.id);
  }
  console.log(dialogues.table(`dialogues (${dir})`));
  if (values['show-wrong']) console.log(`  wrong: ${dialogues.wrong.join(' ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
