import { z } from 'zod';
import { utf8Length } from '../text/utf8.js';

/**
 * The earlier conversation travels from the browser to the agent over a LiveKit RPC the agent makes once the
 * person has joined (never in the token, whose URL every proxy logs). An RPC payload is at most 15 KiB, so the
 * whole history stays under {@link MAX_HISTORY_BYTES} of UTF-8 JSON.
 */
export const EARLIER_CONVERSATION_RPC = 'amigo.earlier-conversation';
export const MAX_HISTORY_MESSAGES = 30;
export const MAX_HISTORY_MESSAGE_CHARS = 600;
export const MAX_HISTORY_BYTES = 14 * 1024;

/** One message of an earlier conversation as the browser kept it. Written by the client: never trusted. */
export const ConversationMessage = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().min(1).max(MAX_HISTORY_MESSAGE_CHARS),
});
export type ConversationMessage = z.infer<typeof ConversationMessage>;

export const ConversationHistory = z
  .array(ConversationMessage)
  .max(MAX_HISTORY_MESSAGES)
  .refine((history) => fitsUtf8(JSON.stringify(history), MAX_HISTORY_BYTES), {
    message: `conversation history exceeds ${MAX_HISTORY_BYTES} bytes`,
  });
export type ConversationHistory = z.infer<typeof ConversationHistory>;

/** A UTF-16 code unit never takes more than 3 bytes: short strings are answered without encoding them. */
function fitsUtf8(text: string, maxBytes: number): boolean {
  return text.length * 3 <= maxBytes || utf8Length(text) <= maxBytes;
}
