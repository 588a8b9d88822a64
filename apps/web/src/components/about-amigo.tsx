import styles from './amigo-app.module.css';

/**
 * What Amigo is and is not, and where urgent help is, before anyone starts talking. India first (most people using
 * Amigo are there): 112 for emergencies, and Tele-MANAS, the free national mental health helpline.
 */
export function AboutAmigo() {
  return (
    <aside aria-labelledby="about-amigo-title" className={styles.about}>
      <h2 id="about-amigo-title" className={styles.aboutTitle}>
        Before you start
      </h2>
      <p>
        Amigo is an AI, not a person. It is not a therapist and not an emergency service.
      </p>
      <p>If you are in danger or thinking of ending your life, please reach out now:</p>
      <ul className={styles.urgentHelp}>
        <li>
          <a href="tel:112" className={styles.call}>
            112
          </a>{' '}
          <span>emergency, in India</span>
        </li>
        <li>
          <a href="tel:14416" className={styles.call}>
            14416
          </a>{' '}
          <span>Tele-MANAS, India&apos;s free mental health helpline, any time, in many languages</span>
        </li>
      </ul>
      <p className={styles.hint}>Elsewhere, call your local emergency number.</p>
    </aside>
  );
}
