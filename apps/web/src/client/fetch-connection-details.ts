import type { ConversationHistory } from '@amigo/user-id';
import { SessionError } from './session-error';

export interface ConnectionDetails {
  serverUrl: string;
  participantToken: string;
  roomName: string;
  participantName: string;
}

export const TOKEN_ENDPOINT = '/api/token';

/** Asks this app's token route for a session whose metadata carries the user id and the previous conversation. */
export async function fetchConnectionDetails(
  userId: string,
  history: ConversationHistory,
  endpoint: string = TOKEN_ENDPOINT,
): Promise<ConnectionDetails> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: userId, ...(history.length ? { conversation_history: history } : {}) }),
      cache: 'no-store',
    });
  } catch (cause) {
    throw new SessionError('app_unreachable', { cause });
  }
  if (response.status === 503) throw new SessionError('not_configured');
  if (response.status === 429) throw new SessionError('rate_limited');
  if (!response.ok) throw new SessionError('token_failed');
  return (await response.json()) as ConnectionDetails;
}
