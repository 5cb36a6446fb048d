"use client";
import { useMemo, useState } from "react";
import { SegmentedControl } from "@/components/charts/segmented-control";
import { Card } from "@/components/ui/card";
import { DRIFT_METRICS, driftMetric, driftThreshold, type TDriftMetricName } from "./drift-metrics";
import { driftPoints, type TDriftFeature, type TDriftWindow } from "./drift-series";
import { FeatureDriftChart } from "./feature-drift-chart";
import styles from "./monitoring.module.css";

type TDriftOverTimeProps = { features: TDriftFeature[]; windows: TDriftWindow[]; thresholds: Record<string, number> };

/** Small multiples: per feature, the chosen metric over the windows, with its threshold. */
export function DriftOverTime({ features, windows, thresholds }: TDriftOverTimeProps) {
  const [chosen, setChosen] = useState<TDriftMetricName>("psi");
  // Only the metrics that some feature has: a table of numbers alone has no chi-squared.
  const options = useMemo(() => DRIFT_METRICS.filter((metric) => features.some((feature) => metric.kinds.includes(feature.kind))), [features]);
  const metric = driftMetric(options.some((option) => option.value === chosen) ? chosen : "psi");
  const shown = features.filter((feature) => metric.kinds.includes(feature.kind));
  const threshold = driftThreshold(metric, thresholds);
  const left = features.length - shown.length;
  return (
    <Card
      title="Drift over time"
      description={`Per feature, one point per window at its end; red points drifted.${threshold === null ? "" : ` The dashed line is the monitor's ${metric.label} threshold.`}`}
      actions={<SegmentedControl label="Metric" options={options} value={metric.value} onChange={setChosen} />}
      isFlush
    >
      {left > 0 && (
        <p className={styles.note}>
          {left} {left === 1 ? "feature is" : "features are"} {metric.kinds.includes("numeric") ? "categorical" : "numeric"}: {metric.label} is not measured on{" "}
          {left === 1 ? "it" : "them"}.
        </p>
      )}
      <div className={styles.multiples}>
        {shown.map((feature) => (
          <FeatureDriftChart key={feature.name} feature={feature.name} metric={metric} points={driftPoints(windows, feature.name, metric)} threshold={threshold} />
        ))}
      </div>
    </Card>
  );
}
