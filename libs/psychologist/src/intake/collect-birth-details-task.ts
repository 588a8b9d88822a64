import type { BirthDetails } from '@amigo/contracts';
import { llm, voice } from '@livekit/agents';
import { z } from 'zod';
import type { SafetyLayer } from '../safety-screen/safety-layer.js';
import { Screened, type Screens } from '../safety-screen/screened.js';
import type { SessionState } from '../session/session-state.js';
import { AnswerProblem, type BirthChartService, type BirthPlace } from './birth-chart-service.js';
import {
  CONFIRM_BIRTH_DETAILS,
  type IntakeStep,
  type IntakeToolReply,
  QUESTIONS,
  RECORD_BIRTH_DATE,
  RECORD_BIRTH_PLACE,
  RECORD_BIRTH_TIME,
} from './intake-step.js';

const INSTRUCTIONS = `You are Amigo, a warm companion, collecting the person's date, time and place of birth so you can
compute their birth chart. Be brief and kind; one question at a time.
Whenever the person gives (or corrects) one of them, call the matching tool with their words as they said them:
${RECORD_BIRTH_DATE}, ${RECORD_BIRTH_TIME} (also when they do not know the time), ${RECORD_BIRTH_PLACE} (also to pick
one of the numbered places offered). Every tool answers with "say": tell the person that, in your own words if you
like, and nothing else. Only call ${CONFIRM_BIRTH_DETAILS} after the person has agreed the summary is right.
Never guess an answer the person has not given.`;

const Answer = z.object({ answer: z.string().min(1).max(200).describe("The person's words, verbatim") });

export interface CollectBirthDetailsTaskOptions {
  service: BirthChartService;
  /** Screens every turn for crisis signals, as in the rest of the conversation (shared with the intake agent). */
  safety: SafetyLayer;
  chatCtx?: llm.ChatContext;
}

/**
 * Collects date, time (or "unknown") and place of birth, resolving the place and asking back when an answer
 * cannot be used (an impossible date, a place that is unknown or ambiguous). Any answer can be corrected until the
 * person confirms the summary; the task's result is what they confirmed.
 */
const ScreenedTask: typeof voice.AgentTask<BirthDetails, SessionState> = Screened(voice.AgentTask<BirthDetails, SessionState>);

export class CollectBirthDetailsTask extends ScreenedTask implements Screens {
  private date?: string;
  private time?: string;
  private place?: BirthPlace;
  private choices: BirthPlace[] = [];
  readonly safetyLayer: SafetyLayer;

  constructor({ service, safety, chatCtx }: CollectBirthDetailsTaskOptions) {
    super({
      instructions: INSTRUCTIONS,
      chatCtx,
      tools: {
        [RECORD_BIRTH_DATE]: llm.tool({
          description: 'Record (or correct) the date of birth from the words of the person.',
          parameters: Answer,
          execute: async ({ answer }) => this.attempt('date', () => (this.date = service.readDate(answer))),
        }),
        [RECORD_BIRTH_TIME]: llm.tool({
          description: 'Record (or correct) the time of birth, including "I don\'t know".',
          parameters: Answer,
          execute: async ({ answer }) => this.attempt('time', () => (this.time = service.readTime(answer))),
        }),
        [RECORD_BIRTH_PLACE]: llm.tool({
          description: 'Record (or correct) the place of birth, or pick one of the numbered places offered.',
          parameters: Answer,
          execute: async ({ answer }) => this.recordPlace(service, answer),
        }),
        [CONFIRM_BIRTH_DETAILS]: llm.tool({
          description: 'The person confirmed the summary of their birth details is right.',
          parameters: z.object({}),
          execute: async () => this.confirm(),
        }),
      },
    });
    this.safetyLayer = safety;
  }

  override async onEnter(): Promise<void> {
    this.session.say(QUESTIONS.date);
  }

  private nextStep(): IntakeStep {
    if (!this.date) return 'date';
    if (!this.time) return 'time';
    if (!this.place) return 'place';
    return 'confirm';
  }

  private reply(ok: boolean, prefix = ''): IntakeToolReply {
    const awaiting = this.nextStep();
    const question =
      awaiting === 'confirm' && this.date && this.time && this.place
        ? `Let me check: born on ${dateLabel(this.date)}, ${this.time === 'unknown' ? 'time unknown' : `at ${this.time}`}, in ${this.place.label}. ${QUESTIONS.confirm}`
        : QUESTIONS[awaiting];
    return { ok, awaiting, say: prefix ? `${prefix} ${question}` : question };
  }

  private attempt(step: IntakeStep, record: () => unknown): IntakeToolReply {
    try {
      record();
      return this.reply(true);
    } catch (error) {
      if (!(error instanceof AnswerProblem)) throw error;
      return { ok: false, awaiting: step, say: error.message };
    }
  }

  private async recordPlace(service: BirthChartService, answer: string): Promise<IntakeToolReply> {
    const picked = this.pickChoice(answer);
    if (picked) {
      this.place = picked;
      this.choices = [];
      return this.reply(true);
    }
    const lookup = await service.findPlace(answer);
    if (lookup.kind === 'found') {
      this.place = lookup.place;
      this.choices = [];
      return this.reply(true);
    }
    if (lookup.kind === 'ambiguous') {
      this.choices = lookup.candidates;
      const choices = lookup.candidates.map((c, i) => `${i + 1}. ${c.label}`);
      return {
        ok: false,
        awaiting: 'place',
        say: `There are several places with that name: ${choices.join('; ')}. Which one? You can say its number.`,
        choices,
      };
    }
    return {
      ok: false,
      awaiting: 'place',
      say: `I could not find "${answer.slice(0, 60)}". Could you tell me the nearest city, perhaps with the country?`,
    };
  }

  /** "2", "the second", or the start of a candidate's label picks one of the places offered. */
  private pickChoice(answer: string): BirthPlace | undefined {
    if (this.choices.length === 0) return undefined;
    const text = answer.trim().toLowerCase();
    const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
    const number = /^\d+$/.test(text) ? Number(text) : ordinals.findIndex((o) => text.includes(o)) + 1;
    if (number >= 1 && number <= this.choices.length) return this.choices[number - 1];
    const byLabel = this.choices.filter((c) => c.label.toLowerCase().startsWith(text));
    return byLabel.length === 1 ? byLabel[0] : undefined;
  }

  private confirm(): IntakeToolReply {
    if (!this.date || !this.time || !this.place) return this.reply(false, 'I still need one more detail.');
    const { label, latitude, longitude, timeZone } = this.place;
    this.complete({ date: this.date, time: this.time, place: label, latitude, longitude, timezone: timeZone });
    return { ok: true, awaiting: 'confirm', say: 'Thank you.' };
  }
}

/** "1990-08-15" read back as "15 August 1990". */
function dateLabel(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}
