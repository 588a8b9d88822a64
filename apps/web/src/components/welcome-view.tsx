'use client';

import { useEffect, useRef } from 'react';
import { getUserId } from '@amigo/user-id';
import { AboutAmigo } from './about-amigo';
import { ForgetMe } from './forget-me';
import styles from './amigo-app.module.css';

interface WelcomeViewProps {
  connecting: boolean;
  error: string | null;
  notice: string | null;
  onStart: () => void;
  onForget: () => Promise<void>;
}

export function WelcomeView({ connecting, error, notice, onStart, onForget }: WelcomeViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Creating the id on first visit (not on first conversation) lets a returning visit be recognised at once.
    getUserId();
    heading.current?.focus();
  }, []);

  return (
    <section className={styles.card} aria-labelledby="welcome-title" data-view="welcome">
      <h1 id="welcome-title" ref={heading} tabIndex={-1} className={styles.title}>
        Amigo
      </h1>
      <p className={styles.lead}>
        A calm space to talk things through. Amigo listens, asks gentle questions, and can use your birth chart as a
        lens for reflection.
      </p>
      <p className={styles.hint}>You will be asked for microphone access. You can end the conversation at any time.</p>

      <AboutAmigo />

      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className={styles.notice}>
          {notice}
        </p>
      )}

      <button type="button" className={styles.primary} onClick={onStart} disabled={connecting} aria-busy={connecting}>
        {connecting ? 'Connecting…' : 'Start conversation'}
      </button>

      <ForgetMe onForget={onForget} disabled={connecting} />
    </section>
  );
}
