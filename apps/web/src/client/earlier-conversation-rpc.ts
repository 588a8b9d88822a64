import { EARLIER_CONVERSATION_RPC } from '@amigo/contracts';
import { earlierConversationPayload } from '@amigo/user-id';
import { ParticipantKind, type Room, RpcError, type RpcInvocationData } from 'livekit-client';

/** Application error code (LiveKit reserves 1001-1999 for its own) for a caller that is not the session's agent. */
export const NOT_THE_AGENT = 403;

/**
 * Lets the session's agent fetch the earlier conversation over LiveKit RPC once it has joined. The history never goes
 * into the token: livekit-client sends the token as `?access_token=` on the signalling WebSocket, a URL that proxies
 * and CDNs log. Register it before connecting, so the agent's first call cannot arrive before the handler exists.
 */
export function answerEarlierConversation(room: Room): void {
  room.registerRpcMethod(EARLIER_CONVERSATION_RPC, async (data) => earlierConversationAnswer(room, data));
}

/**
 * The stored, bounded history as JSON (at most 14 KiB; LiveKit's RPC payload limit is 15 KiB), for the agent only:
 * the room is the person's own, but nothing that is not an agent ever needs their words.
 */
export function earlierConversationAnswer(room: Room, data: Pick<RpcInvocationData, 'callerIdentity'>): string {
  const caller = room.remoteParticipants.get(data.callerIdentity);
  if (caller?.kind !== ParticipantKind.AGENT) {
    throw new RpcError(NOT_THE_AGENT, 'Only the session agent may read the earlier conversation.');
  }
  return earlierConversationPayload();
}
