import { llm } from '@livekit/agents';
import { z } from 'zod';

/** One message of a saved conversation, as the browser hands it back in participant metadata. */
export const HistoryMessage = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
});
export type HistoryMessage = z.infer<typeof HistoryMessage>;

export const ConversationHistory = z.array(HistoryMessage);
export type ConversationHistory = z.infer<typeof ConversationHistory>;

export interface RestoreOptions {
  /** Keeps only the most recent messages. */
  maxMessages?: number;
}

/**
 * Rebuilds a chat context from saved messages (there is no `ChatContext.fromJSON`). Blank messages are skipped;
 * the input is expected to be validated with {@link ConversationHistory} at the boundary.
 */
export function restoreChatContext(history: readonly HistoryMessage[], options: RestoreOptions = {}): llm.ChatContext {
  const chatCtx = llm.ChatContext.empty();
  const kept = history.filter((m) => m.content.trim().length > 0);
  const recent = options.maxMessages === undefined ? kept : kept.slice(Math.max(0, kept.length - options.maxMessages));
  for (const message of recent) {
    chatCtx.addMessage({ role: message.role, content: message.content });
  }
  return chatCtx;
}
