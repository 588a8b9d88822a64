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
export { CrisisKind, CrisisSignal, SafetyEvent, type SafetyEventInput } from './safety/safety-event.js';
export { careMessage, safetyGuidance } from './safety/care-message.js';
export {
  byUrgency,
  type CrisisAssessment,
  CrisisDetector,
  type CrisisDetectorOptions,
  type CrisisThresholds,
  DEFAULT_CRISIS_RULES,
  DEFAULT_CRISIS_THRESHOLDS,
} from './safety/crisis-detector.js';
export { CrisisClassifier, type CrisisPrediction } from './safety/classifier/crisis-classifier.js';
export { CrisisModel } from './safety/classifier/crisis-model-format.js';
export type { CrisisRule, MaskRule } from './safety/crisis-rule.js';
export {
  CountryHelplines,
  DEFAULT_HELPLINE_COUNTRY,
  HelplineService,
  HELPLINES,
  helplinesFor,
  INTERNATIONAL_HELPLINES,
} from './safety/helplines.js';
export { HYPERBOLE_MASKS } from './safety/hyperbole-masks.js';
export { normalizeUtterance } from './safety/normalize.js';
export { prependText } from './safety/prepend-text.js';
export { SafetyLayer, type SafetyLayerOptions, type SafetyResponse } from './safety/safety-layer.js';
export { DEFAULT_FOCUS_TOPIC, SessionState, type SessionStateInput } from './session/session-state.js';
export { REPORT_SAFETY_CONCERN, reportSafetyConcernTool, type ReportsSafetyConcerns } from './tools/report-safety-concern.js';
export {
  DEFAULT_SINK_TIMEOUT_MS,
  type RefocusesXRay,
  UPDATE_PERSONALITY_XRAY,
  updatePersonalityXRayTool,
  XRayRefocus,
  type XRayRefocusDeps,
} from './tools/update-personality-xray.js';
export type { KundaliSource, ProfileSource, ProfileWriter } from './routing/profile-source.js';
export {
  decideStart,
  DEFAULT_PROFILE_DEADLINE_MS,
  type DecideStartOptions,
  type IntakeReason,
  type StartDecision,
} from './routing/start-decision.js';
export { startAgentFor, type SessionStart, type StartAgentOptions } from './routing/start-agent.js';
export {
  AnswerProblem,
  type BirthChartService,
  type BirthPlace,
  type PlaceLookup,
} from './intake/birth-chart-service.js';
export { summarizeProfile } from './intake/chart-summary.js';
export {
  CollectBirthDetailsTask,
  type CollectBirthDetailsTaskOptions,
} from './intake/collect-birth-details-task.js';
export { INTAKE_GREETING, IntakeAgent, type IntakeAgentOptions, type NextAgentFactory } from './intake/intake-agent.js';
export {
  CONFIRM_BIRTH_DETAILS,
  type IntakeStep,
  type IntakeToolReply,
  QUESTIONS,
  RECORD_BIRTH_DATE,
  RECORD_BIRTH_PLACE,
  RECORD_BIRTH_TIME,
} from './intake/intake-step.js';
export { kundaliFetchService } from './intake/kundali-fetch-service.js';
export { NO_LLM_REPLY, OfflineLLM } from './intake/offline-llm.js';
