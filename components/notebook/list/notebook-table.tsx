import Link from "next/link";
import type { TNotebookActivity } from "@/lib/notebooks/ui-notebook-activity";
import { formatDateTime } from "@/components/ui/format-date";
import { Table } from "@/components/ui/table";
import { KernelBadge } from "./kernel-badge";
import styles from "./notebook-table.module.css";

export type TNotebookRow = {
  id: string;
  name: string;
  gpus: number;
  cellCount: number;
  updatedAt: Date;
  project: { name: string; slug: string };
  activity: TNotebookActivity | undefined;
};

/** Notebooks with their project, kernel and last run; `showProject` off inside a project. */
export function NotebookTable({ notebooks, label, showProject = true }: { notebooks: TNotebookRow[]; label: string; showProject?: boolean }) {
  return (
    <Table label={label}>
      <thead>
        <tr>
          <th scope="col">Notebook</th>
          {showProject && <th scope="col">Project</th>}
          <th scope="col">Kernel</th>
          <th scope="col">Last run</th>
          <th scope="col" data-align="end">
            Cells
          </th>
        </tr>
      </thead>
      <tbody>
        {notebooks.map((notebook) => (
          <tr key={notebook.id}>
            <td>
              <Link href={`/notebooks/${notebook.id}`} className={styles.name}>
                {notebook.name}
              </Link>
              <span className={styles.meta}>
                {notebook.gpus === 0 ? "CPU" : `${notebook.gpus} GPU${notebook.gpus === 1 ? "" : "s"}`} · edited {formatDateTime(notebook.updatedAt)}
              </span>
            </td>
            {showProject && (
              <td>
                <Link href={`/projects/${notebook.project.slug}`} className={styles.project}>
                  {notebook.project.name}
                </Link>
              </td>
            )}
            <td>
              <KernelBadge state={notebook.activity?.kernelState ?? "stopped"} workerHostname={notebook.activity?.workerHostname ?? null} />
            </td>
            <td data-muted>{notebook.activity?.lastRunAt ? formatDateTime(notebook.activity.lastRunAt) : "Never"}</td>
            <td data-align="end" data-muted>
              {notebook.cellCount}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
