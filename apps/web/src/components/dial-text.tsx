import { dialSegments } from '../client/safety-notice-message';
import styles from './amigo-app.module.css';

/** Text whose phone numbers are large `tel:` links, so one tap on a phone starts the call. */
export function DialText({ text, label }: { text: string; label?: string }) {
  return (
    <>
      {dialSegments(text).map((segment, index) =>
        segment.href ? (
          <a key={index} href={segment.href} className={styles.call} aria-label={label ? `${label}: ${segment.text}` : undefined}>
            {segment.text}
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
