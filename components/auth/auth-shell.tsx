import type { ReactNode } from "react";
import { Logo } from "@/components/studio/logo";
import styles from "./auth.module.css";

/** The signed-out frame: the brand above one centred card. */
export function AuthShell({ children }: { children: ReactNode }) {
  return (
    <main className={styles.shell}>
      <div className={styles.brand}>
        <Logo />
      </div>
      {children}
    </main>
  );
}
