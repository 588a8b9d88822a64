import {
  ConversationHistory,
  type ConversationMessage,
  MAX_HISTORY_BYTES,
  MAX_HISTORY_MESSAGE_CHARS,
  MAX_HISTORY_MESSAGES,
  utf8Length,
} from '@amigo/contracts';
import { z } from 'zod';
import { browserStorage } from '../storage/browser-storage.js';

/** The localStorage key holding the previous conversation, handed to the agent when it asks in the next session. */
export const CONVERSATION_HISTORY_STORAGE_KEY = 'amigo-conversation-history';

/**
 * What an earlier version of this store may have written: the same messages under looser bounds (40 messages of
 * 1,000 characters). Read leniently and then bounded, so a returning user's history survives a change of bounds.
 */
const StoredHistory = z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() }));

/** Far above anything this store ever wrote; a larger value is not a conversation and is not parsed. */
const MAX_STORED_CHARS = 256 * 1024;

/**
 * The stored conversation, bounded (see {@link boundConversationHistory}) and so always valid against
 * {@link ConversationHistory}. Missing, unreadable or corrupted data yields `[]`: a lost history only means the agent
 * starts afresh.
 */
export function loadConversationHistory(): ConversationHistory {
  const storage = browserStorage();
  if (!storage) return [];
  try {
    const raw = storage.getItem(CONVERSATION_HISTORY_STORAGE_KEY);
    if (raw === null || raw.length > MAX_STORED_CHARS) return [];
    const parsed = StoredHistory.safeParse(JSON.parse(raw));
    return parsed.success ? boundConversationHistory(parsed.data) : [];
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
 * The answer to the agent's earlier-conversation RPC: the stored, bounded history as JSON, at most
 * {@link MAX_HISTORY_BYTES} of UTF-8 (under LiveKit's 15 KiB RPC payload limit). `[]` when nothing is stored.
 */
export function earlierConversationPayload(): string {
  return JSON.stringify(loadConversationHistory());
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
