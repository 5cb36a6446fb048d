import styles from "./label-parts.module.css";

/**
 * A key shown as a keycap. Hidden from assistive technology: the control it sits in names
 * the key with aria-keyshortcuts, so its accessible name stays the label's name alone.
 */
export function HotkeyHint({ hotkey }: { hotkey: string }) {
  return (
    <kbd className={styles.kbd} aria-hidden="true">
      {hotkey.toUpperCase()}
    </kbd>
  );
}
