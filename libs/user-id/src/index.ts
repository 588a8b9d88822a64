export { getUserId, resetUserId, USER_ID_STORAGE_KEY } from './identity/user-id.js';
export {
  boundConversationHistory,
  clearConversationHistory,
  CONVERSATION_HISTORY_STORAGE_KEY,
  earlierConversationPayload,
  loadConversationHistory,
  saveConversationHistory,
} from './history/conversation-history-store.js';
