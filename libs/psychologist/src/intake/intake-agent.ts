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
import { CollectBirthDetailsTask } from './collect-birth-details-task.js';

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
  /** How many times the chart computation is retried with new answers before giving up. */
  maxAttempts?: number;
  /** The crisis screen for intake's turns; by default the psychologist's rules and helplines. */
  safety?: SafetyLayer;
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
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let settle = () => undefined as void;
      this.finishing = new Promise<void>((resolve) => (settle = resolve));
      this.task = new CollectBirthDetailsTask({ service: this.options.service, safety: this.safetyLayer });
      try {
        const birth = await this.task.run();
        const profile = await this.buildProfile(birth);
        if (profile) {
          await this.finish(birth, profile.kundali, profile.xray);
          return;
        }
      } finally {
        settle();
      }
      this.session.say(
        attempt < attempts
          ? 'I am sorry, I could not compute your chart from those details. Could we go through them once more?'
          : 'I am sorry, I cannot compute your chart right now. Please try again a little later.',
      );
    }
  }

  /**
   * Resolves once the work after the last confirmed answers (chart, X-Ray, save, handoff) is over: a text front end
   * waits for it before its next prompt, or before exiting.
   */
  whenSettled(): Promise<void> {
    return this.task?.done ? this.finishing : Promise.resolve();
  }

  private async buildProfile(birth: BirthDetails): Promise<{ kundali: Kundali; xray: PersonalityXRay } | undefined> {
    try {
      const kundali = await this.options.service.computeKundali(birth);
      const xray = await this.options.profiler.generate(kundali, {
        focusTopic: this.session.userData.current_focus_topic,
      });
      return { kundali, xray };
    } catch (error) {
      this.logger.error(errorFields(error), 'intake could not build the profile');
      return undefined;
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
