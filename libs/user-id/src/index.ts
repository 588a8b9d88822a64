export { getUserId, resetUserId, USER_ID_STORAGE_KEY } from './identity/user-id.js';
export {
  boundConversationHistory,
  clearConversationHistory,
  CONVERSATION_HISTORY_STORAGE_KEY,
  loadConversationHistory,
  saveConversationHistory,
} from './history/conversation-history-store.js';
export {
  ConversationHistory,
  ConversationMessage,
  MAX_HISTORY_BYTES,
  MAX_HISTORY_MESSAGE_CHARS,
  MAX_HISTORY_MESSAGES,
  MAX_METADATA_BYTES,
  parseParticipantMetadata,
  ParticipantMetadata,
  utf8Length,
} from './metadata/participant-metadata.js';
export type { MetadataProblem, ParsedMetadata } from './metadata/participant-metadata.js';
