import type { ReactNode } from "react";
import styles from "./auth.module.css";

type TAuthCardProps = { title: string; description?: ReactNode; footer?: ReactNode; children?: ReactNode };

export function AuthCard({ title, description, footer, children }: TAuthCardProps) {
  return (
    <>
      <section className={styles.card} aria-labelledby="auth-title">
        <header className={styles.header}>
          <h1 id="auth-title" className={styles.title}>
            {title}
          </h1>
          {description && <p className={styles.description}>{description}</p>}
        </header>
        {children}
      </section>
      {footer && <p className={styles.footer}>{footer}</p>}
    </>
  );
}
