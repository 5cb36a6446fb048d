"use client";
import { useMemo } from "react";
import { runColour } from "@/components/charts/series-colours";
import type { TComparedMetric, TRunComparison } from "@/lib/runs/compare-schemas";
import { formatMetricValue } from "../format-run";
import { CompareDiffCard } from "./compare-diff-card";
import { CompareMetricChart } from "./compare-metric-chart";
import { ParallelCoordinatesCard } from "./parallel-coordinates-card";
import styles from "./compare.module.css";

function formatFigures(value: unknown) {
  const { last, min, max } = value as Pick<TComparedMetric, "last" | "min" | "max">;
  return (
    <>
      {formatMetricValue(last)}
      {min !== null && max !== null && (
        <span className={styles.figures}>
          min {formatMetricValue(min)} · max {formatMetricValue(max)}
        </span>
      )}
    </>
  );
}

/** The compare page's body: the runs' metrics laid over one another, their params against a
 * metric, and what differs in their params, summaries and metric figures. */
export function RunComparison({ comparison }: { comparison: TRunComparison }) {
  const { runs, metricKeys, commonMetricKeys, paramKeys, summaryKeys } = comparison;
  const colours = runs.map((_, index) => runColour(index));
  const labels = runs.map((run, index) => ({ id: run.id, name: run.name, colour: colours[index] }));
  const records = useMemo(
    () => ({
      params: runs.map((run) => run.params),
      summary: runs.map((run) => run.summary),
      figures: runs.map((run) => Object.fromEntries(Object.entries(run.metrics).map(([key, { last, min, max }]) => [key, { last, min, max }]))),
    }),
    [runs],
  );
  return (
    <div className={styles.layout}>
      <CompareMetricChart runs={runs} colours={colours} metricKeys={metricKeys} commonMetricKeys={commonMetricKeys} />
      <CompareDiffCard title="Parameters" keyHeading="Param" runs={labels} records={records.params} keys={paramKeys} empty="None of these runs logged params." />
      <ParallelCoordinatesCard runs={runs} paramKeys={paramKeys} metricKeys={metricKeys} commonMetricKeys={commonMetricKeys} />
      <CompareDiffCard title="Summary" keyHeading="Key" runs={labels} records={records.summary} keys={summaryKeys} empty="None of these runs logged a summary (run.summary[...])." />
      <CompareDiffCard
        title="Metric figures"
        keyHeading="Metric"
        runs={labels}
        records={records.figures}
        keys={metricKeys}
        empty="None of these runs logged a metric."
        formatCell={formatFigures}
      />
    </div>
  );
}
