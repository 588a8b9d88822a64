'use client';

import { useState } from 'react';
import { useLocalParticipant } from '@livekit/components-react';
import { microphoneError } from '../client/microphone-error';
import styles from './amigo-app.module.css';

export function SessionControls({ onEnd }: { onEnd: () => void }) {
  const { localParticipant, isMicrophoneEnabled } = useLocalParticipant();
  const [micError, setMicError] = useState<string | null>(null);

  const toggleMic = async () => {
    setMicError(null);
    try {
      await localParticipant.setMicrophoneEnabled(!isMicrophoneEnabled);
    } catch (cause) {
      setMicError(microphoneError(cause).message);
    }
  };

  return (
    <div className={styles.controls}>
      {micError && (
        <p role="alert" className={styles.error}>
          {micError}
        </p>
      )}
      <div className={styles.actions}>
        <button type="button" className={styles.secondary} onClick={toggleMic}>
          {isMicrophoneEnabled ? 'Mute microphone' : 'Unmute microphone'}
        </button>
        <button type="button" className={styles.danger} onClick={onEnd}>
          End conversation
        </button>
      </div>
    </div>
  );
}
