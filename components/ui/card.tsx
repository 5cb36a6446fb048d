import { useId, type ReactNode } from "react";
import styles from "./card.module.css";

type TCardProps = {
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Tables and lists run edge to edge; text gets padding. */
  isFlush?: boolean;
  children: ReactNode;
};

export function Card({ title, description, actions, isFlush, children }: TCardProps) {
  const titleId = useId();
  return (
    <section className={styles.card} aria-labelledby={title ? titleId : undefined}>
      {title && (
        <header className={styles.header}>
          <div className={styles.heading}>
            <h2 id={titleId} className={styles.title}>
              {title}
            </h2>
            {description && <p className={styles.description}>{description}</p>}
          </div>
          {actions && <div className={styles.actions}>{actions}</div>}
        </header>
      )}
      <div className={isFlush ? undefined : styles.body}>{children}</div>
    </section>
  );
}
