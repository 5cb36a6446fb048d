import type { ReactNode } from "react";
import styles from "./badge.module.css";

type TBadgeTone = "neutral" | "accent";

export function Badge({ tone = "neutral", children }: { tone?: TBadgeTone; children: ReactNode }) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>;
}
