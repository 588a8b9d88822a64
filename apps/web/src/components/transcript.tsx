'use client';

import { useEffect, useMemo, useRef } from 'react';
import { useTranscriptions } from '@livekit/components-react';
import type { ConversationMessage } from '@amigo/contracts';
import { transcriptMessages } from '../client/transcript-messages';
import styles from './amigo-app.module.css';

interface TranscriptProps {
  localIdentity: string;
  onMessages: (messages: ConversationMessage[]) => void;
}

/** The live transcript of both sides, newest at the bottom; also handed up so it can be kept as history. */
export function Transcript({ localIdentity, onMessages }: TranscriptProps) {
  const streams = useTranscriptions();
  const end = useRef<HTMLLIElement>(null);
  const messages = useMemo(
    () =>
      transcriptMessages(
        streams.map((s) => ({ id: s.streamInfo.id, text: s.text, speakerIdentity: s.participantInfo.identity })),
        localIdentity,
      ),
    [streams, localIdentity],
  );

  useEffect(() => {
    onMessages(messages);
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [messages, onMessages]);

  return (
    <section aria-label="Transcript" className={styles.transcript}>
      {messages.length === 0 ? (
        <p className={styles.hint}>The conversation will appear here as you talk.</p>
      ) : (
        <ol aria-live="polite" aria-relevant="additions" className={styles.messages}>
          {messages.map((message, index) => (
            <li key={index} className={message.role === 'user' ? styles.user : styles.assistant}>
              <span className={styles.speaker}>{message.role === 'user' ? 'You' : 'Amigo'}</span>
              {message.content}
            </li>
          ))}
          <li ref={end} aria-hidden="true" />
        </ol>
      )}
    </section>
  );
}
