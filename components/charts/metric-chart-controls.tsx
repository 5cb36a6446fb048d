"use client";
import { useId } from "react";
import { SegmentedControl } from "./segmented-control";
import styles from "./metric-chart-controls.module.css";

export type TMetricChartSettings = { x: "step" | "time"; smoothing: number; isLogScale: boolean };

type TMetricChartControlsProps = {
  value: TMetricChartSettings;
  onChange: (next: TMetricChartSettings) => void;
  /** Without the x axis choice, for charts whose x is always the step (runs laid over one another). */
  isStepOnly?: boolean;
};

const X_OPTIONS = [
  { value: "step", label: "Step" },
  { value: "time", label: "Time" },
] as const;

/** The settings over a page of metric charts: x axis, smoothing and log scale. */
export function MetricChartControls({ value, onChange, isStepOnly }: TMetricChartControlsProps) {
  const id = useId();
  return (
    <div className={styles.controls} role="group" aria-label="Chart settings">
      {!isStepOnly && <SegmentedControl label="X axis" options={X_OPTIONS} value={value.x} onChange={(x) => onChange({ ...value, x })} />}
      <div className={styles.group}>
        <label htmlFor={id} className={styles.label}>
          Smoothing
        </label>
        <input
          id={id}
          className={styles.slider}
          type="range"
          min={0}
          max={0.99}
          step={0.01}
          value={value.smoothing}
          onChange={(event) => onChange({ ...value, smoothing: Number(event.target.value) })}
        />
        <output htmlFor={id} className={styles.value}>
          {value.smoothing.toFixed(2)}
        </output>
      </div>
      <label className={styles.group}>
        <input
          type="checkbox"
          className={styles.checkbox}
          checked={value.isLogScale}
          onChange={(event) => onChange({ ...value, isLogScale: event.target.checked })}
        />
        <span className={styles.label}>Log scale</span>
      </label>
    </div>
  );
}
