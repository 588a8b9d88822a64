import type { AnswerLanguage } from '@amigo/birth-answers';
import type { BirthDetails, Kundali, PersonalityXRay, UserId } from '@amigo/contracts';
import { errorFields, type Logger, silentLogger } from '@amigo/logging';
import { type llm, voice } from '@livekit/agents';
import type { ProfileStore } from '../ports/profile-store.js';
import type { XRayGenerator } from '../ports/xray-generator.js';
import { SafetyLayer } from '../safety-screen/safety-layer.js';
import { ScreenedAgent, type Screens } from '../safety-screen/screened.js';
import type { SessionState } from '../session/session-state.js';
import type { BirthChartService } from './birth-chart-service.js';
import { summarizeProfile } from './chart-summary.js';
import { chartProblemOf } from './chart-problem.js';
import { CollectBirthDetailsTask, type KnownBirthAnswers, type Occurrence } from './collect-birth-details-task.js';
import type { IntakeStep } from './intake-step.js';
import { say } from './intake-wording.js';

export const INTAKE_GREETING =
  "Hello, I'm Amigo. I'd love to get to know you a little. To start, I'll need your date, time and place of birth, " +
  'so I can look at your birth chart with you.';

/** Builds the agent the conversation continues with once the profile exists (the PsychologistAgent). */
export type NextAgentFactory = (profile: {
  kundali: Kundali;
  xray: PersonalityXRay;
  chatCtx: llm.ChatContext;
}) => voice.Agent<SessionState>;

export interface IntakeAgentOptions {
  service: BirthChartService;
  profiler: XRayGenerator;
  next: NextAgentFactory;
  /** Saves the new profile; without it (or without a user id) the profile lives only in this session. */
  store?: Pick<ProfileStore, 'saveUserData'>;
  chatCtx?: llm.ChatContext;
  /** Bound to the session's keyed user reference; default: silent. */
  logger?: Logger;
  /**
   * How many times intake goes through the answers again after a chart computation that failed for no reason the
   * person can fix, before giving up. A reason they can fix (a time skipped by a clock change, a place the engine
   * cannot use) is asked back instead, up to three times.
   */
  maxAttempts?: number;
  /** The crisis screen for intake's turns; by default the psychologist's rules and helplines. */
  safety?: SafetyLayer;
}

const MAX_ASKS_BACK = 3;

function withoutAnswer(known: KnownBirthAnswers, field: Exclude<IntakeStep, 'confirm'>): KnownBirthAnswers {
  const rest = { ...known };
  if (field === 'place') delete rest.place;
  if (field === 'date') delete rest.date;
  if (field === 'time') {
    delete rest.time;
    delete rest.timeUncertaintyMinutes;
  }
  return rest;
}

const INSTRUCTIONS = `You are Amigo, a warm companion. You are setting up: the person's birth chart is being prepared.
If they speak meanwhile, answer briefly and kindly that you are almost ready.`;

/**
 * The first agent of a new user: greets, collects the birth details, computes the kundali and the X-Ray, keeps
 * them in the session state, saves them (a failed save is logged, never fatal) and hands the conversation so far
 * over to the next agent.
 */
export class IntakeAgent extends ScreenedAgent implements Screens {
  private readonly options: IntakeAgentOptions;
  private readonly logger: Logger;
  /** The crisis screen, shared with the birth-details task so one person's turns are screened once. */
  readonly safetyLayer: SafetyLayer;
  private task?: CollectBirthDetailsTask;
  private finishing: Promise<void> = Promise.resolve();

  constructor(options: IntakeAgentOptions) {
    super({ instructions: INSTRUCTIONS, chatCtx: options.chatCtx });
    this.options = options;
    this.logger = options.logger ?? silentLogger;
    this.safetyLayer = options.safety ?? new SafetyLayer({ logger: this.logger });
    this.safetyLayer.skip(this.chatCtx);
  }

  override async onEnter(): Promise<void> {
    this.session.say(INTAKE_GREETING);
    const attempts = this.options.maxAttempts ?? 2;
    let failures = 0;
    let asksBack = 0;
    let lang: AnswerLanguage = 'en';
    let known: KnownBirthAnswers | undefined;
    let opening: string | undefined;
    let overlap: string | undefined;
    for (;;) {
      let settle = () => undefined as void;
      this.finishing = new Promise<void>((resolve) => (settle = resolve));
      this.task = new CollectBirthDetailsTask({ service: this.options.service, safety: this.safetyLayer, known, lang, opening, overlap });
      try {
        const birth = await this.task.run();
        lang = this.task.lang;
        const occurrence = this.task.pickedOccurrence;
        const built = await this.buildProfile(birth, occurrence);
        if ('kundali' in built) {
          await this.finish(birth, built.kundali, built.xray);
          return;
        }
        const problem = chartProblemOf(built.error);
        if (problem && asksBack < MAX_ASKS_BACK) {
          asksBack += 1;
          // A time that happened twice keeps every answer and asks only which of the two it was.
          overlap = problem.code === 'ambiguous_local_time' ? birth.time : undefined;
          known = overlap ? this.task.known : problem.field ? withoutAnswer(this.task.known, problem.field) : undefined;
          opening = say(lang, problem.say, { time: birth.time });
          continue;
        }
        failures += 1;
        known = undefined;
        opening = undefined;
        overlap = undefined;
        this.session.say(say(lang, failures < attempts ? 'chart.retry' : 'chart.unavailable'));
        if (failures >= attempts) return;
      } finally {
        settle();
      }
    }
  }

  /**
   * Resolves once the work after the last confirmed answers (chart, X-Ray, save, handoff) is over: a text front end
   * waits for it before its next prompt, or before exiting.
   */
  whenSettled(): Promise<void> {
    return this.task?.done ? this.finishing : Promise.resolve();
  }

  private async buildProfile(birth: BirthDetails, occurrence?: Occurrence): Promise<{ kundali: Kundali; xray: PersonalityXRay } | { error: unknown }> {
    try {
      const kundali = await this.options.service.computeKundali(birth, occurrence ? { occurrence } : undefined);
      const xray = await this.options.profiler.generate(kundali, {
        focusTopic: this.session.userData.current_focus_topic,
      });
      return { kundali, xray };
    } catch (error) {
      this.logger.error(errorFields(error), 'intake could not build the profile');
      return { error };
    }
  }

  private async finish(birth: BirthDetails, kundali: Kundali, xray: PersonalityXRay): Promise<void> {
    const state = this.session.userData;
    state.birth_details = { ...birth };
    state.kundali = kundali;
    state.personality_xray = xray;
    await this.persist(state.user_id, kundali, xray);
    await this.session.say(summarizeProfile(kundali, xray)).waitForPlayout();
    this.session.updateAgent(this.options.next({ kundali, xray, chatCtx: this.chatCtx.copy() }));
  }

  private async persist(userId: UserId | null | undefined, kundali: Kundali, xray: PersonalityXRay): Promise<void> {
    if (!userId || !this.options.store) return;
    try {
      await this.options.store.saveUserData(userId, kundali, xray);
      this.logger.info({}, 'new profile saved');
    } catch (error) {
      this.logger.warn(
        errorFields(error),
        'profile could not be saved; the session goes on',
      );
    }
  }
}
