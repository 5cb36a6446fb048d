"use client";
import { useQuery } from "@tanstack/react-query";
import { ConfusionMatrix } from "@/components/charts/confusion-matrix";
import { HistogramChart } from "@/components/charts/histogram-chart";
import type { TRunChartSteps } from "@/lib/runs/schemas";
import { fetchJson } from "./fetch-json";
import styles from "./run-view.module.css";

type TStep = TRunChartSteps["steps"][number];
type TRunChartPanelProps = { runId: string; kind: "confusion" | "histogram"; name: string; liveSteps: TStep[] };

/** A confusion matrix or histogram over steps: the stored steps, then those arriving live. */
export function RunChartPanel({ runId, kind, name, liveSteps }: TRunChartPanelProps) {
  const stored = useQuery({
    queryKey: ["run-chart", runId, kind, name],
    queryFn: () => fetchJson<TRunChartSteps>(`/api/v1/runs/${runId}/charts/${kind}/${encodeURIComponent(name)}`),
  });
  if (stored.isError) {
    return (
      <p className={styles.error} role="alert">
        {stored.error.message}
      </p>
    );
  }
  if (stored.isPending) return <div className={styles.chartLoading} aria-busy="true">Loading {name}…</div>;
  // A step logged again replaces the stored one, as on the server.
  const byStep = new Map([...stored.data.steps, ...liveSteps].map((step) => [step.step, step.data]));
  const steps = [...byStep].sort((a, b) => a[0] - b[0]);
  if (kind === "confusion") {
    const labels = (steps.at(-1)?.[1].labels as string[] | undefined) ?? [];
    return <ConfusionMatrix name={name} labels={labels} steps={steps.map(([step, data]) => ({ step, matrix: data.matrix as number[][] }))} />;
  }
  return <HistogramChart name={name} steps={steps.map(([step, data]) => ({ step, edges: data.edges as number[], counts: data.counts as number[] }))} />;
}
