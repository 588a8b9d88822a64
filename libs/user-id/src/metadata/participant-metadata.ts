import { z } from 'zod';

/** LiveKit keeps participant metadata small; anything larger is refused before it is parsed. */
export const MAX_METADATA_BYTES = 64 * 1024;
export const MAX_HISTORY_MESSAGES = 40;
export const MAX_HISTORY_MESSAGE_CHARS = 1_000;
/**
 * Budget for the whole history once serialised as UTF-8 JSON. Messages may be multi-byte, so the count and
 * per-message bounds alone could exceed {@link MAX_METADATA_BYTES}; this keeps a history plus a user id inside it.
 */
export const MAX_HISTORY_BYTES = 48 * 1024;

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

/** What the browser's session carries to the agent-worker in the participant metadata (built by the token route). */
export const ParticipantMetadata = z.object({
  user_id: z.uuid().optional(),
  conversation_history: ConversationHistory.optional(),
});
export type ParticipantMetadata = z.infer<typeof ParticipantMetadata>;

export type MetadataProblem = 'empty' | 'too_large' | 'not_json' | 'invalid';

export type ParsedMetadata =
  | { ok: true; metadata: ParticipantMetadata }
  | { ok: false; problem: MetadataProblem; metadata: ParticipantMetadata };

/** Size of a string once encoded as UTF-8, which is what LiveKit and localStorage quotas count. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Whether a string fits in `maxBytes` of UTF-8. A UTF-16 code unit never takes more than 3 bytes, so short strings
 * (every session start's metadata) are answered without encoding them.
 */
function fitsUtf8(text: string, maxBytes: number): boolean {
  return text.length * 3 <= maxBytes || utf8Length(text) <= maxBytes;
}

/**
 * Parses raw participant metadata without ever throwing. Anything that is not entirely valid yields an
 * anonymous, history-less session (`metadata: {}`) and says why, so the caller can log the reason — never the
 * content, which holds a bearer secret and personal conversation.
 */
export function parseParticipantMetadata(raw: string | undefined | null): ParsedMetadata {
  if (!raw) return { ok: false, problem: 'empty', metadata: {} };
  if (raw.length > MAX_METADATA_BYTES || !fitsUtf8(raw, MAX_METADATA_BYTES)) {
    return { ok: false, problem: 'too_large', metadata: {} };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'not_json', metadata: {} };
  }
  const parsed = ParticipantMetadata.safeParse(json);
  return parsed.success
    ? { ok: true, metadata: parsed.data }
    : { ok: false, problem: 'invalid', metadata: {} };
}
