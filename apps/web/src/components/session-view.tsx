'use client';

import { useEffect, useRef } from 'react';
import { ConnectionState, type Room, RoomEvent } from 'livekit-client';
import { RoomAudioRenderer, RoomContext, StartAudio } from '@livekit/components-react';
import type { ConversationMessage } from '@amigo/contracts';
import { useSafetyNotice } from '../client/use-safety-notice';
import { AgentPanel } from './agent-panel';
import { SafetyNoticePanel } from './safety-notice-panel';
import { SessionControls } from './session-controls';
import { Transcript } from './transcript';
import styles from './amigo-app.module.css';

interface SessionViewProps {
  room: Room;
  onTranscript: (messages: ConversationMessage[]) => void;
  /** Called with a reason when the session ended on its own (connection lost), without one when the user ended it. */
  onEnd: (reason?: string) => void;
}

export function SessionView({ room, onTranscript, onEnd }: SessionViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const safetyNotice = useSafetyNotice(room);

  useEffect(() => {
    heading.current?.focus();
    const onDisconnected = () => onEnd('The conversation was disconnected. You can start a new one whenever you like.');
    room.on(RoomEvent.Disconnected, onDisconnected);
    if (room.state === ConnectionState.Disconnected) onDisconnected();
    return () => {
      room.off(RoomEvent.Disconnected, onDisconnected);
    };
  }, [room, onEnd]);

  return (
    <RoomContext.Provider value={room}>
      <section className={styles.card} aria-labelledby="session-title" data-view="session">
        <h1 id="session-title" ref={heading} tabIndex={-1} className={styles.title}>
          Talking with Amigo
        </h1>
        <AgentPanel />
        {safetyNotice && <SafetyNoticePanel notice={safetyNotice} />}
        <Transcript localIdentity={room.localParticipant.identity} onMessages={onTranscript} />
        <SessionControls onEnd={() => onEnd()} />
        <RoomAudioRenderer />
        <StartAudio label="Allow audio playback" className={styles.secondary} />
      </section>
    </RoomContext.Provider>
  );
}
