'use client';

import { useEffect, useState } from 'react';
import { type Participant, ParticipantKind, type Room, RoomEvent } from 'livekit-client';
import { SAFETY_NOTICE_TOPIC, type SafetyNotice } from '@amigo/contracts';
import { parseSafetyNotice } from './safety-notice-message';

/**
 * The latest valid safety notice the session's agent sent on `SAFETY_NOTICE_TOPIC`, or null. Messages on other
 * topics, from anyone but an agent, or that fail validation change nothing.
 */
export function useSafetyNotice(room: Room): SafetyNotice | null {
  const [notice, setNotice] = useState<SafetyNotice | null>(null);
  useEffect(() => {
    const onData = (payload: Uint8Array, participant?: Participant, _kind?: unknown, topic?: string) => {
      if (topic !== SAFETY_NOTICE_TOPIC || participant?.kind !== ParticipantKind.AGENT) return;
      const parsed = parseSafetyNotice(payload);
      if (parsed) setNotice(parsed);
    };
    room.on(RoomEvent.DataReceived, onData);
    return () => {
      room.off(RoomEvent.DataReceived, onData);
    };
  }, [room]);
  return notice;
}
