export { startAgentFor, type SessionStart, type StartAgentOptions } from './routing/start-agent.js';
export { DEFAULT_PROFILE_DEADLINE_MS, type IntakeReason, type StartDecision } from './routing/start-decision.js';
export { SessionState, type SessionStateInput } from './session/session-state.js';
export type { ProfileStore } from './ports/profile-store.js';
export type { XRayGenerator } from './ports/xray-generator.js';
export { PsychologistAgent, type PsychologistAgentOptions } from './agent/psychologist-agent.js';
export { buildInstructions } from './agent/instructions.js';
export { IntakeAgent, type IntakeAgentOptions, type NextAgentFactory } from './intake/intake-agent.js';
export { type BirthChartService, type BirthPlace, type PlaceLookup } from './intake/birth-chart-service.js';
export { kundaliFetchService } from './intake/kundali-fetch-service.js';
export {
  CONFIRM_BIRTH_DETAILS,
  type IntakeStep,
  type IntakeToolReply,
  RECORD_BIRTH_ANSWER,
  RECORD_BIRTH_DATE,
  RECORD_BIRTH_PLACE,
  RECORD_BIRTH_TIME,
} from './intake/intake-step.js';
export { NO_LLM_REPLY, OfflineLLM } from './intake/offline-llm.js';
export { SafetyLayer, type SafetyLayerOptions, type SafetyResponse } from './safety-screen/safety-layer.js';
export { REPORT_SAFETY_CONCERN } from './tools/report-safety-concern.js';
export { UPDATE_PERSONALITY_XRAY } from './tools/update-personality-xray.js';
