export { buildInstructions, renderXRay } from './agent/instructions.js';
export { PsychologistAgent, type PsychologistAgentOptions } from './agent/psychologist-agent.js';
export {
  ConversationHistory,
  HistoryMessage,
  restoreChatContext,
  type RestoreOptions,
} from './history/restore-chat-context.js';
export { livekitLogger, type PsychologistLogger } from './ports/logger.js';
export type { ProfileSink } from './ports/profile-sink.js';
export type { XRayGenerator } from './ports/xray-generator.js';
export { CrisisKind, CrisisSignal, SafetyEvent } from './safety/safety-event.js';
export { DEFAULT_FOCUS_TOPIC, SessionState, type SessionStateInput } from './session/session-state.js';
export {
  createUpdatePersonalityXRayTool,
  DEFAULT_SINK_TIMEOUT_MS,
  UPDATE_PERSONALITY_XRAY,
  type UpdatePersonalityXRayDeps,
} from './tools/update-personality-xray.js';
export type { ProfileSource, ProfileWriter, StoredProfile } from './routing/profile-source.js';
export {
  decideStart,
  DEFAULT_PROFILE_DEADLINE_MS,
  type DecideStartOptions,
  type IntakeReason,
  type StartDecision,
} from './routing/start-decision.js';
