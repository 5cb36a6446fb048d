import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartIcon, CubeIcon, DatabaseIcon, GlobeIcon, NotebookIcon, TagIcon } from "@/components/ui/icons";
import styles from "./project-sections.module.css";

const SECTIONS: Array<{ title: string; icon: ReactNode; empty: string; description: string }> = [
  {
    title: "Notebooks",
    icon: <NotebookIcon />,
    empty: "No notebooks yet",
    description: "Notebooks of this project will be listed here, with the worker each one runs on and its last run.",
  },
  {
    title: "Datasets",
    icon: <DatabaseIcon />,
    empty: "No datasets yet",
    description: "Uploaded datasets and their versions will appear here, ready to train on or to label.",
  },
  {
    title: "Labeling",
    icon: <TagIcon />,
    empty: "No labeling jobs yet",
    description: "Labeling jobs will show here with their annotators and how much of the data is labeled.",
  },
  {
    title: "Runs",
    icon: <ChartIcon />,
    empty: "No runs yet",
    description: "Training runs and sweeps will appear here with their status and metrics, live while they train.",
  },
  {
    title: "Models",
    icon: <CubeIcon />,
    empty: "No models yet",
    description: "Model versions registered from runs will be listed here, ready to deploy.",
  },
  {
    title: "Endpoints",
    icon: <GlobeIcon />,
    empty: "No endpoints yet",
    description: "Deployed endpoints will appear here with their traffic split and health.",
  },
];

/** A project's parts, each empty until its area of the studio lands; `notebooks` replaces that one, full width. */
export function ProjectSections({ notebooks }: { notebooks?: ReactNode }) {
  return (
    <div className={styles.grid}>
      {notebooks && <div className={styles.wide}>{notebooks}</div>}
      {SECTIONS.filter((section) => !notebooks || section.title !== "Notebooks").map((section) => (
        <Card key={section.title} title={section.title}>
          <EmptyState size="inline" icon={section.icon} title={section.empty} description={section.description} />
        </Card>
      ))}
    </div>
  );
}
