import type { ReactNode } from "react";
import styles from "./inline-status.module.css";

/** A message in the flow of the page: errors are announced at once, others politely. */
export function InlineStatus({ tone, children }: { tone: "error" | "success" | "warning"; children: ReactNode }) {
  return (
    <div className={`${styles.status} ${styles[tone]}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
