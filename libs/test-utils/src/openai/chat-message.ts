/** One message of a chat-completions request, as the OpenAI SDK and the LiveKit openai plugin send it. */
export interface ChatMessage {
  role: string;
  content?: string | null | Array<{ type: string; text?: string }>;
  tool_calls?: unknown[];
  tool_call_id?: string;
}

/** A message's text, its parts joined when it came in parts. */
export function messageText(message: ChatMessage | undefined): string {
  const content = message?.content;
  if (typeof content === 'string') return content;
  return (content ?? []).map((part) => part.text ?? '').join('');
}

/** Who spoke last in a conversation and what they said: what a scripted model usually answers. */
export function lastMessage(messages: ChatMessage[]): { role: string | undefined; text: string } {
  const last = messages[messages.length - 1];
  return { role: last?.role, text: messageText(last) };
}
