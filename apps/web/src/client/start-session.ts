import { Room } from 'livekit-client';
import { answerEarlierConversation } from './earlier-conversation-rpc';
import { fetchConnectionDetails } from './fetch-connection-details';
import { microphoneError } from './microphone-error';
import { SessionError } from './session-error';

/**
 * Gets a token, connects to LiveKit and opens the microphone. Each step's failure becomes a {@link SessionError}
 * the page can explain; a half-started room is always disconnected, so no agent waits in an empty room.
 * The earlier conversation is offered to the agent over RPC, registered before connecting.
 */
export async function startSession(
  userId: string,
  createRoom: () => Room = () => new Room({ adaptiveStream: true, dynacast: true }),
): Promise<Room> {
  const details = await fetchConnectionDetails(userId);
  const room = createRoom();
  answerEarlierConversation(room);
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
