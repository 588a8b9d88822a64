import { Room } from 'livekit-client';
import { fetchConnectionDetails } from './fetch-connection-details';
import { microphoneError } from './microphone-error';
import { SessionError } from './session-error';

/**
 * Gets a token, connects to LiveKit and opens the microphone. Each step's failure becomes a {@link SessionError}
 * the page can explain; a half-started room is always disconnected, so no agent waits in an empty room.
 */
export async function startSession(userId: string): Promise<Room> {
  const details = await fetchConnectionDetails(userId);
  const room = new Room({ adaptiveStream: true, dynacast: true });
  try {
    await room.connect(details.serverUrl, details.participantToken);
  } catch (cause) {
    await room.disconnect();
    throw new SessionError('livekit_unreachable', { cause });
  }
  try {
    await room.localParticipant.setMicrophoneEnabled(true);
  } catch (cause) {
    await room.disconnect();
    throw microphoneError(cause);
  }
  return room;
}
