'use client';

import { useEffect, useId, useRef } from 'react';
import type { SafetyNotice } from '@amigo/contracts';
import { DialText } from './dial-text';
import styles from './amigo-app.module.css';

/**
 * The helplines, shown while the voice goes on when Amigo's safety layer has responded. Focus moves to its heading
 * so a screen reader announces it; the numbers are large `tel:` links. Immediate danger puts the emergency number
 * first.
 */
export function SafetyNoticePanel({ notice }: { notice: SafetyNotice }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const urgent = notice.kinds.includes('immediate_danger');

  useEffect(() => {
    heading.current?.focus();
  }, [notice]);

  const emergency = (
    <p className={styles.emergency}>
      {urgent ? 'If you or someone else is in danger right now, call ' : 'In an emergency, call '}
      <DialText text={notice.emergency} label="Emergency" />
    </p>
  );

  return (
    <section aria-labelledby={titleId} className={styles.safety} data-country={notice.country}>
      <h2 id={titleId} ref={heading} tabIndex={-1} className={styles.safetyTitle}>
        You don&apos;t have to go through this alone
      </h2>
      {urgent && emergency}
      <p className={styles.safetyLead}>People at these helplines are there to listen and help, right now:</p>
      <ul className={styles.helplines}>
        {notice.helplines.map((helpline, index) => (
          <li key={index} className={styles.helpline}>
            <span className={styles.helplineName}>{helpline.name}</span>
            <span className={styles.numbers}>
              {helpline.numbers.map((number, i) => (
                <DialText key={i} text={number} label={`Call ${helpline.name}`} />
              ))}
            </span>
            {helpline.also && <span className={styles.hint}>{helpline.also}</span>}
            {helpline.hours && <span className={styles.hint}>{helpline.hours}</span>}
            {helpline.url && (
              <a href={helpline.url} target="_blank" rel="noreferrer noopener" className={styles.link}>
                Website
              </a>
            )}
          </li>
        ))}
      </ul>
      {!urgent && emergency}
      <p className={styles.hint}>Amigo is still here and listening.</p>
    </section>
  );
}
