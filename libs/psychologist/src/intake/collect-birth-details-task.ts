import { type AnswerLanguage, type BirthAnswers, readAnswers, shiftToDayPart } from '@amigo/birth-answers';
import { BirthDate, type BirthDetails } from '@amigo/contracts';
import { llm, voice } from '@livekit/agents';
import { z } from 'zod';
import type { SafetyLayer } from '../safety-screen/safety-layer.js';
import { Screened, type Screens } from '../safety-screen/screened.js';
import type { SessionState } from '../session/session-state.js';
import type { BirthChartService, BirthPlace } from './birth-chart-service.js';
import {
  CONFIRM_BIRTH_DETAILS,
  type IntakeStep,
  type IntakeToolReply,
  RECORD_BIRTH_ANSWER,
  RECORD_BIRTH_DATE,
  RECORD_BIRTH_PLACE,
  RECORD_BIRTH_TIME,
} from './intake-step.js';
import { dateLabel, say, type WordingKey } from './intake-wording.js';

const INSTRUCTIONS = `You are Amigo, a warm companion, collecting the person's date, time and place of birth so you can
compute their birth chart. Be brief and kind; one question at a time; speak the language the person speaks (English,
Hinglish or Hindi).
Whatever the person says while you collect them (an answer, several answers at once, a correction, "I don't know",
a yes or a no to the summary, a pick among numbered places) call ${RECORD_BIRTH_ANSWER} with their words exactly
as they said them. Every tool answers with "say": tell the person that, in your own words if you like, and nothing
else. Only call ${CONFIRM_BIRTH_DETAILS} after the person has agreed the summary is right.
Never guess an answer the person has not given, and never fill one in yourself.`;

const Answer = z.object({ answer: z.string().min(1).max(300).describe("The person's words, verbatim") });

/** Answers already settled, e.g. kept when only the time has to be asked again. */
export interface KnownBirthAnswers {
  date?: string;
  time?: string;
  timeUncertaintyMinutes?: number;
  place?: BirthPlace;
}

export interface CollectBirthDetailsTaskOptions {
  service: BirthChartService;
  /** Screens every turn for crisis signals, as in the rest of the conversation (shared with the intake agent). */
  safety: SafetyLayer;
  chatCtx?: llm.ChatContext;
  known?: KnownBirthAnswers;
  /** The language to start in, until the person speaks; default English. */
  lang?: AnswerLanguage;
  /** Said before the first question instead of nothing (why an answer is asked again). */
  opening?: string;
}

type Ask = { step: Exclude<IntakeStep, 'confirm'>; key: WordingKey; values?: Record<string, string>; choices?: string[] };

const ORDINALS = [
  ['first', 'pehla', 'pehli', 'pahla', 'पहला', 'पहली'],
  ['second', 'doosra', 'dusra', 'doosri', 'dusri', 'दूसरा', 'दूसरी'],
  ['third', 'teesra', 'tisra', 'teesri', 'तीसरा', 'तीसरी'],
  ['fourth', 'chautha', 'chauthi', 'चौथा', 'चौथी'],
  ['fifth', 'paanchva', 'panchva', 'पांचवां', 'पाँचवाँ'],
];

const ScreenedTask: typeof voice.AgentTask<BirthDetails, SessionState> = Screened(voice.AgentTask<BirthDetails, SessionState>);

/**
 * Collects date, time (or "unknown", or approximate) and place of birth. Every utterance is read whole with
 * @amigo/birth-answers, so one sentence can fill several answers and a correction changes only what it names, at
 * any step. What cannot be used is asked back, never guessed: a slash date readable both ways, 31 February, 5
 * o'clock without morning or evening, an unknown or ambiguous place. Replies follow the person's language. The
 * result is what they confirmed.
 */
export class CollectBirthDetailsTask extends ScreenedTask implements Screens {
  private readonly answers: KnownBirthAnswers;
  private choices: BirthPlace[] = [];
  private dateChoices?: [string, string];
  private timeChoices?: { candidates: [string, string]; uncertainty?: number };
  private awaiting: IntakeStep;
  private language: AnswerLanguage;
  private readonly opening?: string;
  private readonly service: BirthChartService;
  readonly safetyLayer: SafetyLayer;

  constructor({ service, safety, chatCtx, known, lang, opening }: CollectBirthDetailsTaskOptions) {
    super({
      instructions: INSTRUCTIONS,
      chatCtx,
      tools: {
        [RECORD_BIRTH_ANSWER]: llm.tool({
          description: 'Read whatever the person said about their birth details: answers, corrections, yes/no, a numbered pick.',
          parameters: Answer,
          execute: async ({ answer }) => this.hear(answer),
        }),
        [RECORD_BIRTH_DATE]: llm.tool({
          description: 'Record (or correct) the date of birth from the words of the person.',
          parameters: Answer,
          execute: async ({ answer }) => this.hear(answer, 'date'),
        }),
        [RECORD_BIRTH_TIME]: llm.tool({
          description: 'Record (or correct) the time of birth, including "I don\'t know".',
          parameters: Answer,
          execute: async ({ answer }) => this.hear(answer, 'time'),
        }),
        [RECORD_BIRTH_PLACE]: llm.tool({
          description: 'Record (or correct) the place of birth, or pick one of the numbered places offered.',
          parameters: Answer,
          execute: async ({ answer }) => this.hear(answer, 'place'),
        }),
        [CONFIRM_BIRTH_DETAILS]: llm.tool({
          description: 'The person confirmed the summary of their birth details is right.',
          parameters: z.object({}),
          execute: async () => this.confirm(),
        }),
      },
    });
    this.service = service;
    this.safetyLayer = safety;
    this.answers = { ...known };
    this.language = lang ?? 'en';
    this.opening = opening;
    this.awaiting = this.nextStep();
  }

  /** The language the person last answered in. */
  get lang(): AnswerLanguage {
    return this.language;
  }

  /** What has been settled so far. */
  get known(): KnownBirthAnswers {
    return { ...this.answers };
  }

  override async onEnter(): Promise<void> {
    const question = this.question(this.awaiting);
    this.session.say(this.opening ? `${this.opening} ${question}` : question);
  }

  private nextStep(): IntakeStep {
    if (!this.answers.date) return 'date';
    if (!this.answers.time) return 'time';
    if (!this.answers.place) return 'place';
    return 'confirm';
  }

  private question(step: IntakeStep): string {
    const { date, time, timeUncertaintyMinutes, place } = this.answers;
    if (step !== 'confirm' || !date || !time || !place) return say(this.language, `question.${step === 'confirm' ? 'date' : step}`);
    const clock =
      time === 'unknown'
        ? say(this.language, 'summary.time.unknown')
        : say(this.language, timeUncertaintyMinutes ? 'summary.time.approximate' : 'summary.time', { time });
    const summary = say(this.language, 'summary', { date: dateLabel(this.language, date), time: clock, place: place.label });
    return `${summary} ${say(this.language, 'question.confirm')}`;
  }

  private reply(ok: boolean, prefix?: WordingKey): IntakeToolReply {
    this.awaiting = this.nextStep();
    const question = this.question(this.awaiting);
    return { ok, awaiting: this.awaiting, lang: this.language, say: prefix ? `${say(this.language, prefix)} ${question}` : question };
  }

  private ask({ step, key, values, choices }: Ask): IntakeToolReply {
    this.awaiting = step;
    return { ok: false, awaiting: step, lang: this.language, say: say(this.language, key, values), ...(choices ? { choices } : {}) };
  }

  /** Reads one utterance for everything in it; `focus` limits it to one answer (the LLM named which). */
  private async hear(text: string, focus?: Exclude<IntakeStep, 'confirm'>): Promise<IntakeToolReply> {
    const expecting = focus ?? this.awaiting;
    const heard = readAnswers(text, { expecting });
    if (!isBareWord(heard, text)) this.language = heard.lang;
    const wants = (step: Exclude<IntakeStep, 'confirm'>) => focus === undefined || focus === step;
    const asks: Ask[] = [];
    let understood = false;
    const picked = wants('place') && this.awaiting === 'place' ? this.pickChoice(text) : undefined;
    if (picked) {
      this.answers.place = picked;
      this.choices = [];
      understood = true;
    }
    if (heard.date && wants('date')) {
      understood = true;
      const ask = this.takeDate(heard.date);
      if (ask) asks.push(ask);
    }
    if (heard.time && wants('time')) {
      understood = true;
      const ask = this.takeTime(heard.time);
      if (ask) asks.push(ask);
    }
    if (heard.place && wants('place') && !picked) {
      understood = true;
      const ask = await this.takePlace(heard.place);
      if (ask) asks.push(ask);
    }
    if (asks.length > 0) return this.ask(asks[0]);
    if (understood) return this.reply(true);
    if (this.awaiting === 'confirm' && focus === undefined) {
      if (heard.confirmation === 'yes') return this.confirm();
      if (heard.confirmation === 'no') return { ok: false, awaiting: 'confirm', lang: this.language, say: say(this.language, 'confirm.what') };
      return this.reply(false);
    }
    if (this.awaiting === 'confirm') return this.reply(false);
    const step = expecting === 'confirm' ? 'date' : expecting;
    return this.ask({ step, key: `${step}.none` });
  }

  private takeDate(reading: NonNullable<BirthAnswers['date']>): Ask | undefined {
    switch (reading.kind) {
      case 'date':
        this.answers.date = reading.iso;
        this.dateChoices = undefined;
        return undefined;
      case 'ambiguous':
        this.dateChoices = reading.candidates;
        return { step: 'date', key: 'date.ambiguous', values: { a: dateLabel(this.language, reading.candidates[0]), b: dateLabel(this.language, reading.candidates[1]) } };
      case 'conflicting':
        return { step: 'date', key: 'date.conflicting' };
      case 'impossible':
        return { step: 'date', key: 'date.impossible' };
      case 'out_of_range':
        return { step: 'date', key: 'date.out_of_range' };
      case 'partial': {
        const { day, month, year } = reading.parts;
        const chosen = this.dateChoices?.find((iso) => {
          const [y, m, d] = iso.split('-').map(Number);
          return (day === undefined || day === d) && (month === undefined || month === m) && (year === undefined || year === y) && (day !== undefined || month !== undefined);
        });
        const matching = this.dateChoices?.filter((iso) => iso === chosen) ?? [];
        if (chosen && matching.length === 1 && day !== undefined && month !== undefined) {
          this.answers.date = chosen;
          this.dateChoices = undefined;
          return undefined;
        }
        if (!this.answers.date) return { step: 'date', key: 'date.incomplete' };
        const [y, m, d] = this.answers.date.split('-').map(Number);
        const iso = `${year ?? y}-${String(month ?? m).padStart(2, '0')}-${String(day ?? d).padStart(2, '0')}`;
        if (!BirthDate.safeParse(iso).success) return { step: 'date', key: 'date.impossible' };
        this.answers.date = iso;
        return undefined;
      }
    }
  }

  private takeTime(reading: NonNullable<BirthAnswers['time']>): Ask | undefined {
    const set = (time: string, uncertainty?: number) => {
      this.answers.time = time;
      this.answers.timeUncertaintyMinutes = uncertainty;
      this.timeChoices = undefined;
    };
    switch (reading.kind) {
      case 'time':
        set(reading.hhmm, reading.approximate ? reading.uncertaintyMinutes : undefined);
        return undefined;
      case 'unknown':
        set('unknown');
        return undefined;
      case 'ambiguous':
        this.timeChoices = { candidates: reading.candidates, ...(reading.approximate ? { uncertainty: reading.uncertaintyMinutes } : {}) };
        return { step: 'time', key: 'time.ambiguous', values: { a: reading.candidates[0], b: reading.candidates[1] } };
      case 'day_part': {
        const base = this.timeChoices?.candidates[0] ?? (this.answers.time !== 'unknown' ? this.answers.time : undefined);
        const shifted = base ? shiftToDayPart(base, reading.part) : undefined;
        if (shifted) {
          set(shifted, this.timeChoices ? this.timeChoices.uncertainty : this.answers.timeUncertaintyMinutes);
          return undefined;
        }
        return { step: 'time', key: 'time.day_part', values: { part: say(this.language, `part.${reading.part}`) } };
      }
      case 'range':
        return { step: 'time', key: 'time.range' };
      case 'invalid':
        return { step: 'time', key: 'time.invalid' };
    }
  }

  private async takePlace(text: string): Promise<Ask | undefined> {
    const lookup = await this.service.findPlace(text);
    switch (lookup.kind) {
      case 'found':
        this.answers.place = lookup.place;
        this.choices = [];
        return undefined;
      case 'ambiguous': {
        this.choices = lookup.candidates;
        const choices = lookup.candidates.map((c, i) => `${i + 1}. ${c.label}`);
        return { step: 'place', key: 'place.ambiguous', values: { choices: choices.join('; ') }, choices };
      }
      case 'region':
        return { step: 'place', key: 'place.region', values: { place: lookup.name } };
      case 'unknown':
        return { step: 'place', key: 'place.unknown', values: { place: text.slice(0, 60) } };
    }
  }

  /** "2", "the second", "doosra", or the start of a candidate's label picks one of the places offered. */
  private pickChoice(answer: string): BirthPlace | undefined {
    if (this.choices.length === 0) return undefined;
    const text = answer.trim().toLowerCase();
    const digits = /(?:^|\s)(\d)(?:\s|$)/.exec(text)?.[1];
    const number = digits ? Number(digits) : ORDINALS.findIndex((words) => words.some((w) => text.split(/\s+/).includes(w))) + 1;
    if (number >= 1 && number <= this.choices.length) return this.choices[number - 1];
    const byLabel = this.choices.filter((c) => c.label.toLowerCase().startsWith(text));
    return byLabel.length === 1 ? byLabel[0] : undefined;
  }

  private confirm(): IntakeToolReply {
    const { date, time, timeUncertaintyMinutes, place } = this.answers;
    if (!date || !time || !place) return this.reply(false, 'confirm.missing');
    if (this.awaiting !== 'confirm') return this.reply(false);
    const { label, latitude, longitude, timeZone } = place;
    this.complete({
      date,
      time,
      ...(time !== 'unknown' && timeUncertaintyMinutes ? { time_uncertainty_minutes: timeUncertaintyMinutes } : {}),
      place: label,
      latitude,
      longitude,
      timezone: timeZone,
    });
    return { ok: true, awaiting: 'confirm', lang: this.language, say: say(this.language, 'thanks') };
  }
}

/** "ok", "yes", "7": too little to tell the language by, so the last one stays. */
function isBareWord(heard: BirthAnswers, text: string): boolean {
  return heard.lang === 'en' && text.trim().split(/\s+/).length <= 2 && !/[a-z]{4,}\s+[a-z]{4,}/i.test(text);
}
