'use client';

import { useId, useRef, useState } from 'react';
import styles from './amigo-app.module.css';

interface ForgetMeProps {
  onForget: () => Promise<void>;
  disabled?: boolean;
}

/** "Forget me" behind a confirmation dialog, since deleting the profile cannot be undone. */
export function ForgetMe({ onForget, disabled }: ForgetMeProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onForget();
      dialog.current?.close();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Something went wrong; nothing was deleted.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={styles.quiet}
        disabled={disabled}
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
      >
        Forget me
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} aria-describedby={descriptionId}>
        <h2 id={titleId} className={styles.dialogTitle}>
          Forget me?
        </h2>
        <p id={descriptionId}>
          This permanently deletes your birth details, your profile and your conversation history. Next time, Amigo will
          not recognise you and will ask for your birth details again.
        </p>
        {error && (
          <p role="alert" className={styles.error}>
            {error}
          </p>
        )}
        <div className={styles.actions}>
          <button type="button" className={styles.secondary} onClick={() => dialog.current?.close()} disabled={busy}>
            Cancel
          </button>
          <button type="button" className={styles.danger} onClick={confirm} disabled={busy} aria-busy={busy}>
            {busy ? 'Deleting…' : 'Yes, delete everything'}
          </button>
        </div>
      </dialog>
    </>
  );
}
