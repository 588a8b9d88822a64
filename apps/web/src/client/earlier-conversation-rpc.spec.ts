/**
 * @jest-environment jsdom
 */
import { EARLIER_CONVERSATION_RPC, utf8Length } from '@amigo/contracts';
import { saveConversationHistory } from '@amigo/user-id';
import { ParticipantKind, type RemoteParticipant, Room, RpcError } from 'livekit-client';
import { answerEarlierConversation, earlierConversationAnswer } from './earlier-conversation-rpc';
import { startSession } from './start-session';

const conversation = [
  { role: 'user' as const, content: 'मेरी बहन से बात करना मुश्किल लगता है' },
  { role: 'assistant' as const, content: 'What makes it feel so hard to begin?' },
];

function roomWith(identity: string, kind: ParticipantKind): Room {
  const room = new Room();
  room.remoteParticipants.set(identity, { identity, kind } as RemoteParticipant);
  return room;
}

describe('the earlier-conversation RPC', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => jest.restoreAllMocks());

  it('answers the agent with the stored, bounded history as JSON', () => {
    saveConversationHistory(conversation);
    const answer = earlierConversationAnswer(roomWith('agent-1', ParticipantKind.AGENT), { callerIdentity: 'agent-1' });
    expect(JSON.parse(answer)).toEqual(conversation);
    expect(utf8Length(answer)).toBeLessThanOrEqual(14 * 1024);
  });

  it('answers [] when nothing is stored', () => {
    expect(earlierConversationAnswer(roomWith('agent-1', ParticipantKind.AGENT), { callerIdentity: 'agent-1' })).toBe('[]');
  });

  it.each([
    ['a participant who is not an agent', roomWith('user-2', ParticipantKind.STANDARD), 'user-2'],
    ['someone not in the room', new Room(), 'agent-9'],
  ])('refuses %s', (_label, room, callerIdentity) => {
    saveConversationHistory(conversation);
    expect(() => earlierConversationAnswer(room, { callerIdentity })).toThrow(RpcError);
  });

  it('is registered on the room', () => {
    const room = new Room();
    answerEarlierConversation(room);
    expect(() => room.registerRpcMethod(EARLIER_CONVERSATION_RPC, async () => '')).toThrow(/already registered/);
  });

  it('is registered before the room connects, and the history is not in what the token route is sent', async () => {
    saveConversationHistory(conversation);
    const sent: string[] = [];
    globalThis.fetch = jest.fn(async (_url: unknown, init?: RequestInit) => {
      sent.push(String(init?.body));
      return {
        ok: true,
        status: 200,
        json: async () => ({ serverUrl: 'ws://127.0.0.1:1', participantToken: 'jwt', roomName: 'r', participantName: 'p' }),
      } as Response;
    }) as typeof fetch;
    let registeredAtConnect = false;
    const room = new Room();
    // No LiveKit server exists here: connecting checks what is registered at that moment, then fails as offline.
    room.connect = async () => {
      try {
        room.registerRpcMethod(EARLIER_CONVERSATION_RPC, async () => '');
      } catch {
        registeredAtConnect = true;
      }
      throw new Error('no LiveKit server here');
    };

    await expect(startSession('6f0c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f', () => room)).rejects.toMatchObject({
      kind: 'livekit_unreachable',
    });
    expect(registeredAtConnect).toBe(true);
    expect(sent.join('')).not.toContain('बहन');
    expect(sent.join('')).not.toContain('hard to begin');
  });
});
