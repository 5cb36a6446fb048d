"use client";
import { runColour } from "@/components/charts/series-colours";
import { CompareMetricChart } from "@/components/runs/compare/compare-metric-chart";
import { ParallelCoordinatesCard } from "@/components/runs/compare/parallel-coordinates-card";
import type { TRunComparison } from "@/lib/runs/compare-schemas";
import type { TSweepSummary } from "@/lib/sweeps/schemas";

/** How many trials' curves one chart holds before it stops reading: the best ones. */
const CHARTED_TRIALS = 10;

type TSweepChartsProps = { comparison: TRunComparison; objective: TSweepSummary["objective"] };

/** The best trials' objective over steps, and every trial's params against its best objective. */
export function SweepCharts({ comparison, objective }: TSweepChartsProps) {
  const { runs, metricKeys, commonMetricKeys, paramKeys } = comparison;
  const charted = runs.slice(0, CHARTED_TRIALS);
  return (
    <>
      <CompareMetricChart
        runs={charted}
        colours={charted.map((_, index) => runColour(index))}
        metricKeys={metricKeys}
        commonMetricKeys={commonMetricKeys}
        initialMetric={objective.metric}
      />
      <ParallelCoordinatesCard
        runs={runs}
        paramKeys={paramKeys}
        metricKeys={metricKeys}
        commonMetricKeys={commonMetricKeys}
        initialMetric={objective.metric}
        initialFigure={objective.direction === "minimize" ? "min" : "max"}
      />
    </>
  );
}
