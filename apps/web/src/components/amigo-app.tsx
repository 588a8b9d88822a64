'use client';

import '../client/zod-without-eval';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Room } from 'livekit-client';
import { clearConversationHistory, getUserId, resetUserId } from '@amigo/user-id';
import { type ConversationMessage } from '@amigo/contracts';
import { forgetProfile } from '../client/forget-profile';
import { SessionError } from '../client/session-error';
import { SessionTranscript } from '../client/session-transcript';
import { startSession } from '../client/start-session';
import { SessionView } from './session-view';
import { WelcomeView } from './welcome-view';
import styles from './amigo-app.module.css';

type Phase = { name: 'welcome' } | { name: 'connecting' } | { name: 'session'; room: Room };

/** The whole client: welcome -> connecting -> session -> welcome, with every failure explained on the welcome view. */
export function AmigoApp() {
  const [phase, setPhase] = useState<Phase>({ name: 'welcome' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const transcript = useRef(new SessionTranscript());
  /** The live room, cleared as soon as the session ends, so a late Disconnected event cannot end it twice. */
  const activeRoom = useRef<Room | null>(null);

  const start = useCallback(async () => {
    setError(null);
    setNotice(null);
    setPhase({ name: 'connecting' });
    transcript.current = new SessionTranscript();
    try {
      const room = await startSession(getUserId());
      activeRoom.current = room;
      setPhase({ name: 'session', room });
    } catch (cause) {
      setError(cause instanceof SessionError ? cause.message : new SessionError('token_failed').message);
      setPhase({ name: 'welcome' });
    }
  }, []);

  const persistTranscript = useCallback(() => transcript.current.persist(), []);

  const end = useCallback((reason?: string) => {
    const room = activeRoom.current;
    if (!room) return;
    activeRoom.current = null;
    persistTranscript();
    void room.disconnect();
    setPhase({ name: 'welcome' });
    if (reason) setError(reason);
  }, [persistTranscript]);

  // Closing or leaving the tab mid-conversation ends no session through the UI: keep what was said anyway.
  useEffect(() => {
    if (phase.name !== 'session') return;
    window.addEventListener('pagehide', persistTranscript);
    return () => window.removeEventListener('pagehide', persistTranscript);
  }, [phase.name, persistTranscript]);

  const keepTranscript = useCallback((messages: ConversationMessage[]) => transcript.current.update(messages), []);

  const forget = useCallback(async () => {
    await forgetProfile(getUserId());
    resetUserId();
    clearConversationHistory();
    // Issue the new id now, so what the notice says is already true.
    getUserId();
    setError(null);
    setNotice('Done. Your profile and conversation history were deleted, and this browser has a new anonymous id.');
  }, []);

  return (
    <main className={styles.shell}>
      {phase.name === 'session' ? (
        <SessionView
          room={phase.room}
          onTranscript={keepTranscript}
          onEnd={end}
        />
      ) : (
        <WelcomeView
          connecting={phase.name === 'connecting'}
          error={error}
          notice={notice}
          onStart={start}
          onForget={forget}
        />
      )}
    </main>
  );
}
