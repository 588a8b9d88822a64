import { type AnswerLanguage, type BirthAnswers, type DayPart, halfOfDay, readAnswers, shiftToDayPart } from '@amigo/birth-answers';
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
  /**
   * The clock time that happened twice on the birth date (clocks turned back): the first question is which of the
   * two it was, and "the first one" / "doosra" / "पहला" answers it.
   */
  overlap?: string;
}

/** Which of the two occurrences of a clock time that happened twice. */
export type Occurrence = 'earlier' | 'later';

type Ask = { step: Exclude<IntakeStep, 'confirm'>; key: WordingKey; values?: Record<string, string>; choices?: string[] };

const ORDINALS = [
  ['first', '1st', 'pehla', 'pehli', 'pahla', 'पहला', 'पहली'],
  ['second', '2nd', 'doosra', 'dusra', 'doosri', 'dusri', 'दूसरा', 'दूसरी'],
  ['third', '3rd', 'teesra', 'tisra', 'teesri', 'तीसरा', 'तीसरी'],
  ['fourth', '4th', 'chautha', 'chauthi', 'चौथा', 'चौथी'],
  ['fifth', '5th', 'paanchva', 'panchva', 'पांचवां', 'पाँचवाँ'],
];

/** Words that pick the earlier or the later of two occurrences of a clock time. */
const OCCURRENCE_WORDS: Record<Occurrence, string[]> = {
  earlier: [...ORDINALS[0], '1', 'earlier', 'pehle', 'pahle', 'पहले'],
  later: [...ORDINALS[1], '2', 'later', 'baad', 'बाद'],
};

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
  /** The one place on offer is a town the person was born near: offered as close enough, or their village asked. */
  private nearTown = false;
  private dateChoices?: [string, string];
  /**
   * The parts of a date said so far that do not make a usable date yet: a date that cannot be (31 November), which
   * a correction naming only its day completes, or pieces said turn by turn ("nau farvari", then "unnees sau sattasi").
   */
  private datePending?: { year?: number; month?: number; day?: number };
  /** A part of the day said before the clock ("dopahar", then "sava baarah"). */
  private dayPart?: DayPart;
  private timeChoices?: { candidates: [string, string]; uncertainty?: number };
  private awaiting: IntakeStep;
  /** The last thing said was the summary as it stands, so a yes now confirms it. */
  private summaryLast = false;
  private language: AnswerLanguage;
  private readonly opening?: string;
  private overlap?: string;
  private occurrence?: Occurrence;
  /** The words the current place (or the places offered) came from, to narrow with a state said next. */
  private placeText?: string;
  private readonly service: BirthChartService;
  readonly safetyLayer: SafetyLayer;

  constructor({ service, safety, chatCtx, known, lang, opening, overlap }: CollectBirthDetailsTaskOptions) {
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
    if (overlap) {
      delete this.answers.time;
      this.overlap = overlap;
    }
    this.language = lang ?? 'en';
    this.opening = opening;
    this.awaiting = this.nextStep();
  }

  /** The language the person last answered in. */
  get lang(): AnswerLanguage {
    return this.language;
  }

  /** Which occurrence of a clock time that happened twice the person picked, if they were asked. */
  get pickedOccurrence(): Occurrence | undefined {
    return this.occurrence;
  }

  /** What has been settled so far. */
  get known(): KnownBirthAnswers {
    return { ...this.answers };
  }

  override async onEnter(): Promise<void> {
    const question = this.question(this.awaiting);
    this.summaryLast = this.awaiting === 'confirm';
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
        : say(this.language, timeUncertaintyMinutes ? 'summary.time.approximate' : this.occurrence === 'earlier' ? 'summary.time.first' : this.occurrence === 'later' ? 'summary.time.second' : 'summary.time', { time });
    const summary = say(this.language, 'summary', { date: dateLabel(this.language, date), time: clock, place: place.label });
    return `${summary} ${say(this.language, 'question.confirm')}`;
  }

  private reply(ok: boolean, prefix?: WordingKey): IntakeToolReply {
    this.awaiting = this.nextStep();
    this.summaryLast = this.awaiting === 'confirm';
    // Back at the place while places are on offer (a date corrected meanwhile): offer them again.
    if (this.awaiting === 'place' && this.choices.length > 0 && !prefix) return this.ask(this.choicesAsk());
    const question = this.question(this.awaiting);
    return { ok, awaiting: this.awaiting, lang: this.language, say: prefix ? `${say(this.language, prefix)} ${question}` : question };
  }

  private ask({ step, key, values, choices }: Ask): IntakeToolReply {
    this.awaiting = step;
    this.summaryLast = false;
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
    if (this.overlap && this.awaiting === 'time' && wants('time')) {
      const occurrence = occurrenceOf(text);
      if (occurrence) {
        this.answers.time = this.overlap;
        this.occurrence = occurrence;
        this.overlap = undefined;
        return this.reply(true);
      }
    }
    const picked = wants('place') && this.awaiting === 'place' ? this.pickChoice(text, heard.confirmation) : undefined;
    if (picked) {
      this.answers.place = picked;
      this.choices = [];
      understood = true;
    }
    // Part of a date said at another question ("2nd" to pick a place) changes the date only as a correction or at
    // the read-back. A "no" before a month or a year ("arre nahi, 1959", "नहीं, सोलह मार्च") is such a correction: a
    // "no" before a day alone may be picking a town ("nahi, 2nd wala").
    const dateAsked = focus === 'date' || this.awaiting === 'date' || this.awaiting === 'confirm';
    const parts = heard.date?.kind === 'partial' ? heard.date.parts : undefined;
    const deniedBefore = heard.confirmation === 'no' && (parts?.month !== undefined || parts?.year !== undefined);
    const partialAside = parts !== undefined && !dateAsked && !heard.correction && !deniedBefore;
    if (heard.date && wants('date') && !picked && !partialAside) {
      understood = true;
      const ask = this.takeDate(heard.date);
      if (ask) asks.push(ask);
    }
    // "am" / "pm" alone answers "morning or evening?".
    const half = this.timeChoices && !heard.time && wants('time') ? halfOfDay(text) : undefined;
    if (half && this.timeChoices) {
      const time = this.timeChoices.candidates.find((c) => Number(c.slice(0, 2)) >= 12 === (half === 'pm'));
      if (time) {
        understood = true;
        this.answers.time = time;
        this.answers.timeUncertaintyMinutes = this.timeChoices.uncertainty;
        this.timeChoices = undefined;
      }
    }
    if (heard.time && wants('time') && !picked) {
      understood = true;
      // At the read-back every new answer is a correction.
      const ask = this.takeTime(heard.time, heard.correction || this.awaiting === 'confirm');
      if (ask) asks.push(ask);
    }
    if (heard.place && wants('place') && !picked) {
      // Only a place answer to the place question is asked about; words elsewhere count only as one clear town.
      const asked = focus === 'place' || this.awaiting === 'place';
      // A correction at the read-back that names the old place again ("not Lucknow, Kanpur, we moved to Lucknow
      // later") is about the other one.
      const replacing = this.awaiting === 'confirm' && heard.correction ? this.answers.place : undefined;
      const ask = await this.takePlace(heard.place, asked, replacing);
      if (ask !== 'ignored') understood = true;
      if (ask && ask !== 'ignored') asks.push(ask);
    }
    if (asks.length > 0) return this.ask(asks[0]);
    if (understood) return this.reply(true);
    if (this.awaiting === 'confirm' && focus === undefined) {
      if (heard.confirmation === 'yes') return this.confirm();
      if (heard.confirmation === 'no') {
        this.summaryLast = false;
        return { ok: false, awaiting: 'confirm', lang: this.language, say: say(this.language, 'confirm.what') };
      }
      return this.reply(false);
    }
    if (this.awaiting === 'confirm') return this.reply(false);
    if (this.awaiting === 'place' && this.choices.length > 1) return this.ask(this.choicesAsk());
    const step = expecting === 'confirm' ? 'date' : expecting;
    return this.ask({ step, key: `${step}.none` });
  }

  private takeDate(reading: NonNullable<BirthAnswers['date']>): Ask | undefined {
    switch (reading.kind) {
      case 'date':
        this.answers.date = reading.iso;
        this.dateChoices = undefined;
        this.datePending = undefined;
        return undefined;
      case 'ambiguous':
        this.dateChoices = reading.candidates;
        return { step: 'date', key: 'date.ambiguous', values: { a: dateLabel(this.language, reading.candidates[0]), b: dateLabel(this.language, reading.candidates[1]) } };
      case 'conflicting':
        return { step: 'date', key: 'date.conflicting' };
      case 'impossible':
        this.datePending = reading.parts;
        return { step: 'date', key: 'date.impossible' };
      case 'out_of_range':
        this.datePending = reading.parts;
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
        if (!this.answers.date) {
          const pieces = { ...this.datePending, ...Object.fromEntries(Object.entries(reading.parts).filter(([, v]) => v !== undefined)) };
          if (pieces.year === undefined || pieces.month === undefined || pieces.day === undefined) {
            this.datePending = pieces;
            return { step: 'date', key: 'date.incomplete' };
          }
          const whole = `${pieces.year}-${String(pieces.month).padStart(2, '0')}-${String(pieces.day).padStart(2, '0')}`;
          if (!BirthDate.safeParse(whole).success) return { step: 'date', key: 'date.impossible' };
          this.answers.date = whole;
          this.datePending = undefined;
          return undefined;
        }
        const [y, m, d] = this.answers.date.split('-').map(Number);
        const iso = `${year ?? y}-${String(month ?? m).padStart(2, '0')}-${String(day ?? d).padStart(2, '0')}`;
        if (!BirthDate.safeParse(iso).success) return { step: 'date', key: 'date.impossible' };
        this.answers.date = iso;
        this.datePending = undefined;
        return undefined;
      }
    }
  }

  private takeTime(reading: NonNullable<BirthAnswers['time']>, correction: boolean): Ask | undefined {
    const set = (time: string, uncertainty?: number) => {
      this.answers.time = time;
      this.answers.timeUncertaintyMinutes = uncertainty;
      this.timeChoices = undefined;
      this.overlap = undefined;
      this.occurrence = undefined;
      this.dayPart = undefined;
    };
    switch (reading.kind) {
      case 'time': {
        // "10 in the morning, not night" after "around 10 at night": only the half of the day changed; the doubt stays.
        const before = this.answers.time;
        const halfOnly = correction && before !== undefined && before !== 'unknown' && sameClockFace(before, reading.hhmm);
        set(reading.hhmm, reading.approximate ? reading.uncertaintyMinutes : halfOnly ? this.answers.timeUncertaintyMinutes : undefined);
        return undefined;
      }
      case 'unknown':
        set('unknown');
        return undefined;
      case 'ambiguous': {
        // "11 nahi, 10 baje" after "raat ko 11 baje": a correction of the hour keeps the part of the day said before.
        const kept = correction ? nearerReading(reading.candidates, this.answers.time) : undefined;
        if (kept) {
          set(kept, reading.approximate ? reading.uncertaintyMinutes : undefined);
          return undefined;
        }
        const onPart = this.dayPart ? shiftToDayPart(reading.candidates[0], this.dayPart) : undefined;
        if (onPart) {
          set(onPart, reading.approximate ? reading.uncertaintyMinutes : undefined);
          return undefined;
        }
        this.timeChoices = { candidates: reading.candidates, ...(reading.approximate ? { uncertainty: reading.uncertaintyMinutes } : {}) };
        return { step: 'time', key: 'time.ambiguous', values: { a: reading.candidates[0], b: reading.candidates[1] } };
      }
      case 'day_part': {
        const base = this.timeChoices?.candidates[0] ?? (this.answers.time !== 'unknown' ? this.answers.time : undefined);
        const shifted = base ? shiftToDayPart(base, reading.part) : undefined;
        if (shifted) {
          set(shifted, this.timeChoices ? this.timeChoices.uncertainty : this.answers.timeUncertaintyMinutes);
          return undefined;
        }
        this.dayPart = reading.part;
        return { step: 'time', key: 'time.day_part', values: { part: say(this.language, `part.${reading.part}`) } };
      }
      case 'range':
        return { step: 'time', key: 'time.range' };
      case 'invalid':
        return { step: 'time', key: 'time.invalid' };
    }
  }

  /**
   * Looks a place answer up. A state alone after a town ("Bihar wala" after "Aurangabad") narrows that town. When
   * the place was not asked for, only one clear town is taken and anything else is left alone ('ignored'). The place
   * being corrected (`replacing`) is not among the towns a correction can mean.
   */
  private async takePlace(text: string, asked: boolean, replacing?: BirthPlace): Promise<Ask | 'ignored' | undefined> {
    let lookup = await this.service.findPlace(text);
    if (replacing && lookup.kind === 'ambiguous') {
      const others = lookup.candidates.filter((c) => c.label !== replacing.label);
      if (others.length === 1 && others.length < lookup.candidates.length && lookup.near !== true) lookup = { kind: 'found', place: others[0] };
    }
    let said = text;
    if (lookup.kind === 'region' && this.placeText) {
      const narrowed = await this.service.findPlace(`${this.placeText} ${text}`);
      if (narrowed.kind === 'found' || narrowed.kind === 'ambiguous') {
        lookup = narrowed;
        said = `${this.placeText} ${text}`;
      }
    }
    if (!asked && lookup.kind !== 'found') return 'ignored';
    // "haan ji, Lucknow" at the read-back of Lucknow: the town said again changes nothing, so the yes stands.
    if (!asked && lookup.kind === 'found' && lookup.place.label === this.answers.place?.label) return 'ignored';
    switch (lookup.kind) {
      case 'found':
        this.answers.place = lookup.place;
        this.choices = [];
        this.placeText = said;
        return undefined;
      case 'ambiguous': {
        this.choices = lookup.candidates;
        this.nearTown = lookup.near === true;
        this.placeText = said;
        return this.choicesAsk();
      }
      case 'region':
        return { step: 'place', key: 'place.region', values: { place: lookup.name } };
      case 'unknown':
        return { step: 'place', key: 'place.unknown', values: { place: text.slice(0, 60) } };
    }
  }

  /** The places on offer, numbered (one alone: "did you mean ...?"; a town the person was born near: "shall I use it?"). */
  private choicesAsk(): Ask {
    const choices = this.choices.map((c, i) => `${i + 1}. ${c.label}`);
    if (this.choices.length === 1) return { step: 'place', key: this.nearTown ? 'place.near' : 'place.check', values: { place: this.choices[0].label }, choices };
    return { step: 'place', key: 'place.ambiguous', values: { choices: choices.join('; ') }, choices };
  }

  /**
   * "2", "the second", "doosra", or the start of a candidate's label picks one of the places offered; a plain yes
   * takes the only one offered.
   */
  private pickChoice(answer: string, confirmation: BirthAnswers['confirmation']): BirthPlace | undefined {
    if (this.choices.length === 0) return undefined;
    if (this.choices.length === 1 && confirmation === 'yes' && answer.trim().split(/\s+/).length <= 3) return this.choices[0];
    const text = answer.trim().toLowerCase();
    const words = text.split(/[\s,.!?।]+/).filter(Boolean);
    // A pick is a short answer naming one number ("2", "doosra wala"); "sector 2 noida" or "pehla nahi, doosra" is not.
    const numbers = new Set([
      ...words.filter((w) => /^\d$/.test(w)).map(Number),
      ...ORDINALS.flatMap((names, i) => (names.some((n) => words.includes(n)) ? [i + 1] : [])),
    ]);
    if (words.length <= 3 && numbers.size === 1) {
      const [number] = numbers;
      if (number >= 1 && number <= this.choices.length) return this.choices[number - 1];
    }
    if (text.length < 3) return undefined;
    const byLabel = this.choices.filter((c) => c.label.toLowerCase().startsWith(text));
    return byLabel.length === 1 ? byLabel[0] : undefined;
  }

  private confirm(): IntakeToolReply {
    const { date, time, timeUncertaintyMinutes, place } = this.answers;
    if (!date || !time || !place) return this.reply(false, 'confirm.missing');
    // A yes counts only right after the summary was read out as it stands (not after "what should I change?").
    if (this.awaiting !== 'confirm' || !this.summaryLast) return this.reply(false);
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

/**
 * Of a 12-hour time's two readings, the one nearer the time said before ("10" after 23:00 is 22:00, "12" after
 * 23:00 is midnight); undefined when there was none.
 */
function nearerReading(candidates: [string, string], before: string | undefined): string | undefined {
  if (!before || before === 'unknown') return undefined;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const gap = (t: string) => {
    const d = Math.abs(minutes(t) - minutes(before));
    return Math.min(d, 1440 - d);
  };
  return gap(candidates[0]) <= gap(candidates[1]) ? candidates[0] : candidates[1];
}

/** "the first one", "doosra wala", "पहला": which occurrence of a twice-shown clock time was meant. */
function occurrenceOf(text: string): Occurrence | undefined {
  const words = text.toLowerCase().split(/[\s,.!?।]+/);
  const earlier = OCCURRENCE_WORDS.earlier.some((w) => words.includes(w));
  const later = OCCURRENCE_WORDS.later.some((w) => words.includes(w));
  return earlier === later ? undefined : earlier ? 'earlier' : 'later';
}

/** "ok", "yes", "7": too little to tell the language by, so the last one stays. */
function isBareWord(heard: BirthAnswers, text: string): boolean {
  return heard.lang === 'en' && text.trim().split(/\s+/).length <= 2 && !/[a-z]{4,}\s+[a-z]{4,}/i.test(text);
}

/** The same reading on a twelve-hour clock face ("22:00" and "10:00"). */
function sameClockFace(a: string, b: string): boolean {
  return Number(a.slice(0, 2)) % 12 === Number(b.slice(0, 2)) % 12 && a.slice(3) === b.slice(3);
}
