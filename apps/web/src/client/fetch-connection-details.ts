import { SessionError } from './session-error';

export interface ConnectionDetails {
  serverUrl: string;
  participantToken: string;
  roomName: string;
  participantName: string;
}

export const TOKEN_ENDPOINT = '/api/token';

/** Asks this app's token route for a session whose metadata carries the user id and the browser's locale. */
export async function fetchConnectionDetails(
  userId: string,
  endpoint: string = TOKEN_ENDPOINT,
): Promise<ConnectionDetails> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: userId, ...browserLocale() }),
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

/** The browser's language and time zone: the agent's hints for the language to speak and the country's helplines. */
function browserLocale(): { locale?: string; time_zone?: string } {
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { ...(locale ? { locale } : {}), ...(timeZone ? { time_zone: timeZone } : {}) };
}
