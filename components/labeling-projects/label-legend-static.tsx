import type { CSSProperties } from "react";
import type { TLabel } from "@/lib/labeling/results";
import styles from "./label-legend-static.module.css";

/** A project's labels as a read-only list: colour, name, hotkey. */
export function LabelLegendStatic({ labels }: { labels: TLabel[] }) {
  return (
    <ul className={styles.list} aria-label="Labels">
      {labels.map((label) => (
        <li key={label.name} className={styles.label} style={{ "--label-color": label.color } as CSSProperties}>
          <span className={styles.swatch} aria-hidden="true" />
          {label.name}
          {label.hotkey && <kbd className={styles.key}>{label.hotkey}</kbd>}
        </li>
      ))}
    </ul>
  );
}
