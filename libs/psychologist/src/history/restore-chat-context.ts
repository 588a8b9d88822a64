import type { ConversationMessage } from '@amigo/contracts';
import { llm } from '@livekit/agents';

export interface RestoreOptions {
  /** Keeps only the most recent messages. */
  maxMessages?: number;
}

/**
 * Rebuilds a chat context from saved messages (there is no `ChatContext.fromJSON`). Blank messages are skipped;
 * the input is expected to be validated with `ConversationHistory` of @amigo/contracts at the boundary.
 */
export function restoreChatContext(history: readonly ConversationMessage[], options: RestoreOptions = {}): llm.ChatContext {
  const chatCtx = llm.ChatContext.empty();
  const kept = history.filter((m) => m.content.trim().length > 0);
  const recent = options.maxMessages === undefined ? kept : kept.slice(Math.max(0, kept.length - options.maxMessages));
  for (const message of recent) {
    chatCtx.addMessage({ role: message.role, content: message.content });
  }
  return chatCtx;
}
