import Link from "next/link";
import type { ReactNode } from "react";
import type { TParamSpec } from "@/lib/sweeps/search-space";
import type { TSweepDetail } from "@/lib/sweeps/schemas";
import jobStyles from "@/components/jobs/jobs.module.css";
import { formatFact } from "@/components/runs/run-facts";
import { FactsTable } from "@/components/ui/facts-table";
import { formatDateTime } from "@/components/ui/format-date";
import { formatEarlyStopping, formatObjective, METHOD_NAMES } from "./format-sweep";

/** "0.001 … 0.1 (log)", "16, 32, 64": what a param is searched over. */
export function formatParamSpec(spec: TParamSpec) {
  if (spec.type === "choice") return spec.values.map(formatFact).join(", ");
  return `${spec.type === "int" ? "integers " : ""}${formatFact(spec.min)} … ${formatFact(spec.max)}${spec.log ? " (log scale)" : ""}`;
}

/** How the sweep searches: method, objective, budget, early stopping, the space and the code. */
export function SweepFacts({ sweep }: { sweep: TSweepDetail }) {
  const fixed = Object.entries(sweep.fixedParams);
  const facts: Array<[string, ReactNode]> = [
    ["Project", <Link key="project" href={`/projects/${sweep.project.slug}`}>{sweep.project.name}</Link>],
    ["Method", METHOD_NAMES[sweep.method]],
    ["Objective", `${formatObjective(sweep.objective)} (${sweep.objective.direction === "minimize" ? "lower" : "higher"} is better)`],
    ["Budget", `${sweep.maxTrials} trials, ${sweep.parallelism} at once`],
    ["Early stopping", formatEarlyStopping(sweep.earlyStopping)],
    ...Object.entries(sweep.space).map(([name, spec]): [string, ReactNode] => [`Searched: ${name}`, formatParamSpec(spec)]),
    ...fixed.map(([name, value]): [string, ReactNode] => [`Fixed: ${name}`, formatFact(value)]),
    ["Command", <code key="command" className={jobStyles.code}>{sweep.command}</code>],
    ["GPUs per trial", sweep.gpus === 0 ? "None (CPU)" : sweep.gpus],
    ["Retries", sweep.maxRetries],
    ["Seed", sweep.seed],
    ["Created by", sweep.createdBy],
    ["Created", formatDateTime(sweep.createdAt)],
    ["Finished", sweep.finishedAt ? formatDateTime(sweep.finishedAt) : "—"],
  ];
  return <FactsTable label="Sweep details" facts={facts} />;
}
