export { AmigoError } from './errors/amigo-error.js';
export { InvalidUserIdError, parseUserId, UserId } from './user-id/user-id.js';
export { CountryCode, InvalidCountryError, LocaleTag, TimeZoneName } from './locale/client-locale.js';
export {
  MAX_METADATA_BYTES,
  type MetadataProblem,
  type ParsedMetadata,
  parseParticipantMetadata,
  ParticipantMetadata,
} from './session/participant-metadata.js';
export {
  ConversationHistory,
  ConversationMessage,
  EARLIER_CONVERSATION_RPC,
  MAX_HISTORY_BYTES,
  MAX_HISTORY_MESSAGE_CHARS,
  MAX_HISTORY_MESSAGES,
} from './conversation/conversation-history.js';
export { utf8Length } from './text/utf8.js';
export { BirthDate, BirthDetails, BirthTime } from './birth/birth-details.js';
export { isCalendarDate, MAX_BIRTH_YEAR, MIN_BIRTH_YEAR } from './birth/calendar.js';
export {
  AscendantDetails,
  AyanamsaInfo,
  BirthClock,
  ChartMoment,
  Dasha,
  DashaPeriod,
  Kundali,
  Mahadasha,
  PlanetPosition,
  Reliability,
  TimeSensitivity,
} from './kundali/kundali.js';
export {
  GeneratedXRay,
  PersonalityXRay,
  XRAY_LIMITS,
  XRAY_SCHEMA_VERSION,
  XRayContent,
  XRayProvenance,
  XRaySource,
} from './xray/personality-xray.js';
export { DEFAULT_FOCUS_TOPIC } from './xray/focus-topic.js';
export { type KundaliInput, type PersonalityXRayInput, UserProfile } from './profile/user-profile.js';
export { CrisisKind, CrisisSignal, SafetyEvent, type SafetyEventInput, SecondOpinionSource } from './safety/safety-event.js';
export { HelplineContact, SAFETY_NOTICE_TOPIC, SafetyNotice } from './safety/safety-notice.js';
export { SafetyEscalation } from './safety/safety-escalation.js';
