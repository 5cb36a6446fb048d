import type { ReactNode } from "react";
import styles from "./empty-state.module.css";

type TEmptyStateProps = {
  icon?: ReactNode;
  title: string;
  /** What will appear here, and what to do to make it appear. */
  description: ReactNode;
  action?: ReactNode;
  /** "page" fills a page's main area; "inline" sits inside a card. */
  size?: "page" | "inline";
  /** 1 when the empty state is all the page shows (not found, forbidden). */
  headingLevel?: 1 | 2;
  children?: ReactNode;
};

export function EmptyState({ icon, title, description, action, size = "page", headingLevel = 2, children }: TEmptyStateProps) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className={`${styles.empty} ${styles[size]}`}>
      {icon && (
        <div className={styles.icon} aria-hidden="true">
          {icon}
        </div>
      )}
      <Heading className={styles.title}>{title}</Heading>
      <p className={styles.description}>{description}</p>
      {children}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}
