import styles from "./label-parts.module.css";

/** A label's colour as a small rounded square; decoration beside the label's name. */
export function LabelSwatch({ color }: { color: string }) {
  return <span className={styles.swatch} style={{ background: color }} aria-hidden="true" />;
}
