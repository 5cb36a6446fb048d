import Link from "next/link";
import { formatDate } from "@/components/ui/format-date";
import { FolderIcon } from "@/components/ui/icons";
import styles from "./project-grid.module.css";

type TProjectSummary = { id: string; name: string; slug: string; description: string; createdAt: Date };

export function ProjectGrid({ projects }: { projects: TProjectSummary[] }) {
  return (
    <ul className={styles.grid} aria-label="Projects">
      {projects.map((project) => (
        <li key={project.id}>
          <Link href={`/projects/${project.slug}`} className={styles.card}>
            <span className={styles.icon} aria-hidden="true">
              <FolderIcon />
            </span>
            <span className={styles.name}>{project.name}</span>
            <span className={styles.description}>{project.description || "No description yet."}</span>
            <span className={styles.meta}>
              <code>{project.slug}</code>
              <span>Created {formatDate(project.createdAt)}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
