import styles from "./code-block.module.css";

/** A command or snippet to copy by hand, shown as one block. */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <pre className={styles.block} aria-label={label}>
      <code>{children}</code>
    </pre>
  );
}
