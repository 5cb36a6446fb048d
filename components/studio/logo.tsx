import styles from "./logo.module.css";

export function Logo() {
  return (
    <span className={styles.logo}>
      <svg className={styles.mark} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect width="24" height="24" rx="6" fill="var(--color-accent)" />
        <path d="M6 16.5l3.5-4.5 3 2.5L18 7.5" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className={styles.name}>ML Studio</span>
    </span>
  );
}
