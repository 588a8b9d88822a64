import type { ConversationMessage } from '@amigo/contracts';

export interface TranscriptSegment {
  id: string;
  text: string;
  speakerIdentity: string;
}

/** Turns the live transcription streams into conversation messages: the local participant is the user. */
export function transcriptMessages(segments: readonly TranscriptSegment[], localIdentity: string): ConversationMessage[] {
  return segments
    .filter((segment) => segment.text.trim().length > 0)
    .map((segment) => ({
      role: segment.speakerIdentity === localIdentity ? 'user' : 'assistant',
      content: segment.text.trim(),
    }));
}
