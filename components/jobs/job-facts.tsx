import Link from "next/link";
import type { ReactNode } from "react";
import type { TJobDetail } from "@/lib/jobs/schemas";
import { formatDateTime } from "@/components/ui/format-date";
import { FactsTable } from "@/components/ui/facts-table";
import { formatAttempt, formatJobDuration } from "./format-job";
import styles from "./jobs.module.css";

/** What the job is and where it stands: project, worker, command, resources, tries, times. */
export function JobFacts({ job }: { job: TJobDetail }) {
  const facts: Array<[string, ReactNode]> = [
    ["Project", <Link key="project" href={`/projects/${job.project.slug}`}>{job.project.name}</Link>],
    ["Worker", job.workerHostname ?? "Not placed yet"],
    ["Command", <code key="command" className={styles.code}>{job.command}</code>],
    ["GPUs", job.gpus === 0 ? "None (CPU)" : job.gpus],
    ["Attempt", job.attempt === 0 ? `Not started (at most ${job.maxRetries + 1})` : formatAttempt(job)],
    ["Exit code", job.exitCode ?? "—"],
    ["Created by", job.createdBy],
    ["Created", formatDateTime(job.createdAt)],
    ["Started", job.startedAt ? formatDateTime(job.startedAt) : "—"],
    ["Finished", job.finishedAt ? formatDateTime(job.finishedAt) : "—"],
    ["Duration", formatJobDuration(job)],
  ];
  return <FactsTable label="Job details" facts={facts} />;
}
