import type { ReactNode } from "react";
import styles from "./page-header.module.css";

type TPageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** A link back up, shown above the title (e.g. to the projects list). */
  parent?: ReactNode;
  actions?: ReactNode;
};

export function PageHeader({ title, description, parent, actions }: TPageHeaderProps) {
  return (
    <header className={styles.header}>
      <div className={styles.heading}>
        {parent && <div className={styles.parent}>{parent}</div>}
        <h1>{title}</h1>
        {description && <p className={styles.description}>{description}</p>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  );
}
