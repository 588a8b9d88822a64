'use client';

import { type AgentState, BarVisualizer, useVoiceAssistant } from '@livekit/components-react';
import styles from './amigo-app.module.css';

const STATE_LABELS: Record<AgentState, string> = {
  disconnected: 'Waiting for Amigo to join…',
  connecting: 'Waiting for Amigo to join…',
  'pre-connect-buffering': 'Amigo is joining; you can already speak.',
  initializing: 'Amigo is getting ready…',
  idle: 'Amigo is here.',
  listening: 'Amigo is listening.',
  thinking: 'Amigo is thinking…',
  speaking: 'Amigo is speaking.',
  failed: 'Amigo could not join. Please end the call and try again.',
};

/** Amigo's voice as moving bars, and what Amigo is doing, announced politely to screen readers. */
export function AgentPanel() {
  const { state, audioTrack } = useVoiceAssistant();
  return (
    <div className={styles.agent}>
      <BarVisualizer
        state={state}
        track={audioTrack}
        barCount={5}
        className={styles.visualizer}
        aria-hidden="true"
        options={{ minHeight: 12 }}
      />
      <p role="status" aria-live="polite" className={styles.agentState}>
        {STATE_LABELS[state]}
      </p>
    </div>
  );
}
