import { randomUUID } from 'node:crypto';
import type { ParticipantMetadata } from '@amigo/contracts';
import { AccessToken, RoomAgentDispatch, RoomConfiguration } from 'livekit-server-sdk';
import type { LiveKitConfig } from './livekit-config';
import { participantIdentity } from './participant-identity';

/** Long enough to connect and reconnect during a session; LiveKit checks expiry only when joining. */
export const TOKEN_TTL_SECONDS = 15 * 60;

/** The answer of `POST /api/token`, in the shape livekit-client's `TokenSource.endpoint` reads. */
export interface ConnectionDetails {
  serverUrl: string;
  participantToken: string;
  roomName: string;
  participantName: string;
}

/**
 * Signs a token for one fresh room with the grants a voice session needs: join, publish the microphone,
 * subscribe to the agent, and exchange data (transcripts, RPC). The metadata is serialised here, on the server,
 * from already-validated values.
 */
export async function createParticipantToken(
  config: LiveKitConfig,
  metadata: ParticipantMetadata & { user_id: string },
): Promise<ConnectionDetails> {
  const identity = participantIdentity(metadata.user_id);
  const roomName = `amigo-${randomUUID()}`;
  const token = new AccessToken(config.apiKey, config.apiSecret, {
    identity,
    name: identity,
    metadata: JSON.stringify(metadata),
    ttl: TOKEN_TTL_SECONDS,
  });
  token.addGrant({
    room: roomName,
    roomJoin: true,
    canPublish: true,
    canSubscribe: true,
    canPublishData: true,
    canUpdateOwnMetadata: false,
  });
  if (config.agentName) {
    token.roomConfig = new RoomConfiguration({ agents: [new RoomAgentDispatch({ agentName: config.agentName })] });
  }
  return { serverUrl: config.url, participantToken: await token.toJwt(), roomName, participantName: identity };
}
