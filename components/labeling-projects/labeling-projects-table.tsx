import Link from "next/link";
import type { findLabelingProjects } from "@/lib/labeling/find-labeling-projects";
import { TEMPLATE_TITLES } from "@/lib/labeling/schemas";
import { ButtonLink } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { ProgressBar } from "./progress-bar";
import styles from "./labeling.module.css";

type TProject = Awaited<ReturnType<typeof findLabelingProjects>>["projects"][number];

/** Labeling projects with their progress; annotators get a button straight to labeling. */
export function LabelingProjectsTable({ projects, isAnnotator }: { projects: TProject[]; isAnnotator: boolean }) {
  return (
    <Table label="Labeling projects">
      <thead>
        <tr>
          <th>Project</th>
          <th>Template</th>
          <th>Dataset</th>
          <th>Progress</th>
          {!isAnnotator && <th data-align="end">Annotators</th>}
          <th>Created</th>
          {isAnnotator && <th data-align="end" aria-label="Actions" />}
        </tr>
      </thead>
      <tbody>
        {projects.map((project) => (
          <tr key={project.id}>
            <td>
              <Link className={styles.name} href={`/data/labeling/${project.id}`}>
                {project.name}
              </Link>
            </td>
            <td>{TEMPLATE_TITLES[project.template]}</td>
            <td>
              {project.dataset.name} v{project.dataset.version}
            </td>
            <td>
              <ProgressBar done={project.completedCount} total={project.itemCount} label="Items labeled" />
            </td>
            {!isAnnotator && (
              <td data-align="end" className={styles.number}>
                {project.annotatorCount}
              </td>
            )}
            <td>{formatDateTime(project.createdAt)}</td>
            {isAnnotator && (
              <td data-align="end">
                <ButtonLink href={`/data/labeling/${project.id}/annotate`} variant="primary" size="sm">
                  Start labeling
                </ButtonLink>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
