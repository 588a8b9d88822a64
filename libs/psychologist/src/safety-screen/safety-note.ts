import type { llm } from '@livekit/agents';

/** Set in the `extra` of the system note the safety layer puts before a turn it answered first. */
export const SAFETY_NOTE_MARKER = 'amigo_safety_note';

/**
 * Whether the reply being asked for is to a turn the safety layer has already begun answering (its note sits just
 * before the newest user message). A scripted stand-in for the LLM must then add nothing: the care message stands
 * alone rather than next to words that would undercut it.
 */
export function isSafetyTurn(chatCtx: llm.ChatContext): boolean {
  const [note, last] = chatCtx.items.slice(-2);
  return (
    last?.type === 'message' &&
    last.role === 'user' &&
    note?.type === 'message' &&
    note.role === 'system' &&
    note.extra[SAFETY_NOTE_MARKER] === true
  );
}
