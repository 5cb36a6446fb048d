import type { ReactNode } from "react";
import styles from "./table.module.css";

/** A data table. Cells with data-align="end" hold numbers or row actions. */
export function Table({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label={label}>
        {children}
      </table>
    </div>
  );
}
