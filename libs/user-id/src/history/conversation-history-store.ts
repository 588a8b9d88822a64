import { ConversationHistory, type ConversationMessage, MAX_HISTORY_BYTES, MAX_HISTORY_MESSAGE_CHARS, MAX_HISTORY_MESSAGES, utf8Length } from '@amigo/contracts';
import { browserStorage } from '../storage/browser-storage.js';

/** The localStorage key holding the previous conversation, sent to the agent with the next session. */
export const CONVERSATION_HISTORY_STORAGE_KEY = 'amigo-conversation-history';

/**
 * The stored conversation, always valid against {@link ConversationHistory}. Missing, unreadable or corrupted
 * data yields `[]`: a lost history only means the agent starts afresh.
 */
export function loadConversationHistory(): ConversationHistory {
  const storage = browserStorage();
  if (!storage) return [];
  try {
    const raw = storage.getItem(CONVERSATION_HISTORY_STORAGE_KEY);
    if (raw === null) return [];
    const parsed = ConversationHistory.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * Keeps the most recent part of a conversation that fits the bounds: empty messages dropped, each message cut
 * to {@link MAX_HISTORY_MESSAGE_CHARS}, at most {@link MAX_HISTORY_MESSAGES}, and the oldest dropped until the
 * whole is within {@link MAX_HISTORY_BYTES}.
 */
export function boundConversationHistory(messages: readonly ConversationMessage[]): ConversationHistory {
  const bounded = messages
    .map((m) => ({ role: m.role, content: truncate(m.content.trim(), MAX_HISTORY_MESSAGE_CHARS) }))
    .filter((m) => m.content.length > 0)
    .slice(-MAX_HISTORY_MESSAGES);
  while (bounded.length > 0 && utf8Length(JSON.stringify(bounded)) > MAX_HISTORY_BYTES) bounded.shift();
  return bounded;
}

/**
 * Stores the bounded conversation (see {@link boundConversationHistory}) and returns what was stored.
 * Returns `false` instead of throwing when storage is unavailable or full.
 */
export function saveConversationHistory(messages: readonly ConversationMessage[]): ConversationHistory | false {
  const storage = browserStorage();
  if (!storage) return false;
  const bounded = boundConversationHistory(messages);
  try {
    storage.setItem(CONVERSATION_HISTORY_STORAGE_KEY, JSON.stringify(bounded));
    return bounded;
  } catch {
    return false;
  }
}

/** Removes the stored conversation; never throws. */
export function clearConversationHistory(): void {
  try {
    browserStorage()?.removeItem(CONVERSATION_HISTORY_STORAGE_KEY);
  } catch {
    // Nothing readable was stored where storage throws.
  }
}

/** Cuts on a code point boundary so a surrogate pair is never split into invalid text. */
function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
