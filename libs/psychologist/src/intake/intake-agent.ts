import type { PersonalityXRay } from '@amigo/astro-profiler';
import type { BirthDetails, Kundali } from '@amigo/kundali-fetch';
import { type llm, voice } from '@livekit/agents';
import { SafetyLayer } from '../safety/safety-layer.js';
import { livekitLogger, type PsychologistLogger } from '../ports/logger.js';
import { userRef } from '../ports/user-ref.js';
import type { XRayGenerator } from '../ports/xray-generator.js';
import type { ProfileWriter } from '../routing/profile-source.js';
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
  writer?: ProfileWriter;
  chatCtx?: llm.ChatContext;
  logger?: PsychologistLogger;
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
export class IntakeAgent extends voice.Agent<SessionState> {
  private readonly options: IntakeAgentOptions;
  private readonly logger: PsychologistLogger;
  private readonly safety: SafetyLayer;
  private task?: CollectBirthDetailsTask;
  private finishing: Promise<void> = Promise.resolve();

  constructor(options: IntakeAgentOptions) {
    super({ instructions: INSTRUCTIONS, chatCtx: options.chatCtx });
    this.options = options;
    this.logger = options.logger ?? livekitLogger;
    this.safety = options.safety ?? new SafetyLayer({ logger: this.logger });
    this.safety.skip(this.chatCtx);
  }

  /** Every reply, even while setting up, passes the crisis screen first (see {@link SafetyLayer.llmNode}). */
  override async llmNode(
    chatCtx: llm.ChatContext,
    toolCtx: llm.ToolContext,
    modelSettings: voice.ModelSettings,
  ): ReturnType<voice.Agent['llmNode']> {
    return this.safety.llmNode(this, chatCtx, toolCtx, modelSettings);
  }

  override async onEnter(): Promise<void> {
    this.session.say(INTAKE_GREETING);
    const attempts = this.options.maxAttempts ?? 2;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let settle = () => undefined as void;
      this.finishing = new Promise<void>((resolve) => (settle = resolve));
      this.task = new CollectBirthDetailsTask({ service: this.options.service, safety: this.safety });
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
      this.logger.error({ error: error instanceof Error ? error.name : typeof error }, 'intake could not build the profile');
      return undefined;
    }
  }

  private async finish(birth: BirthDetails, kundali: Kundali, xray: PersonalityXRay): Promise<void> {
    const state = this.session.userData;
    state.birth_details = { ...birth };
    state.kundali_json = kundali;
    state.personality_xray = xray;
    await this.persist(state.user_id, kundali, xray);
    await this.session.say(summarizeProfile(kundali, xray)).waitForPlayout();
    this.session.updateAgent(this.options.next({ kundali, xray, chatCtx: this.chatCtx.copy() }));
  }

  private async persist(userId: string | null | undefined, kundali: Kundali, xray: PersonalityXRay): Promise<void> {
    if (!userId || !this.options.writer) return;
    try {
      await this.options.writer.saveUserData(userId, kundali, xray);
      this.logger.info({ user: userRef(userId) }, 'new profile saved');
    } catch (error) {
      this.logger.warn(
        { user: userRef(userId), error: error instanceof Error ? error.name : typeof error },
        'profile could not be saved; the session goes on',
      );
    }
  }
}
