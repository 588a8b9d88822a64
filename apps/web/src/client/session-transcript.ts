import { loadConversationHistory, saveConversationHistory } from '@amigo/user-id';
import { type ConversationMessage } from '@amigo/contracts';

/**
 * One session's transcript and how much of it is already in the stored history, so it can be saved at the end
 * of the call and when the tab goes away without writing anything twice.
 */
export class SessionTranscript {
  private messages: readonly ConversationMessage[] = [];
  private saved = 0;

  /** Replaces the transcript with the latest complete list for this session. */
  update(messages: readonly ConversationMessage[]): void {
    this.messages = messages;
  }

  /** Appends the messages not saved yet to the stored, bounded history. */
  persist(): void {
    const unsaved = this.messages.slice(this.saved);
    if (unsaved.length === 0) return;
    saveConversationHistory([...loadConversationHistory(), ...unsaved]);
    this.saved = this.messages.length;
  }
}
