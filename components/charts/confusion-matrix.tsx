"use client";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { ClassMetricsTable } from "./class-metrics-table";
import { computeAccuracy } from "./confusion-math";
import { ConfusionGrid, type TConfusionMode } from "./confusion-grid";
import { SegmentedControl } from "./segmented-control";
import { StepSlider } from "./step-slider";
import { useStepSelection } from "./use-step-selection";
import styles from "./confusion-matrix.module.css";

export type TConfusionMatrixStep = {
  step: number;
  /** matrix[trueClass][predictedClass] counts. */
  matrix: number[][];
};

export type TConfusionMatrixProps = { name: string; labels: string[]; steps: TConfusionMatrixStep[] };

const MODES = [
  { value: "counts", label: "Counts" },
  { value: "normalised", label: "Normalised" },
] as const;

/** A logged confusion matrix at one step, with the per-class metrics and accuracy it implies. */
export function ConfusionMatrix({ name, labels, steps }: TConfusionMatrixProps) {
  const stepNumbers = useMemo(() => steps.map((entry) => entry.step), [steps]);
  const { index, select, isLatest } = useStepSelection(stepNumbers);
  const [mode, setMode] = useState<TConfusionMode>("counts");
  if (steps.length === 0) {
    return <EmptyState size="inline" title="No confusion matrix yet" description={`${name} appears here when the run logs it.`} />;
  }
  const { step, matrix } = steps[index];
  // Labels may be missing or short; a class is then named by its index.
  const labelOf = (classIndex: number) => labels[classIndex] ?? String(classIndex);
  const total = matrix.reduce((sum, row) => sum + row.reduce((rowSum, count) => rowSum + count, 0), 0);
  return (
    <figure className={styles.figure} aria-label={`${name}, confusion matrix`}>
      <div className={styles.controls}>
        <StepSlider steps={stepNumbers} index={index} isLatest={isLatest} onSelect={select} />
        <SegmentedControl label="Show" options={MODES} value={mode} onChange={setMode} />
      </div>
      <ConfusionGrid
        matrix={matrix}
        labelOf={labelOf}
        mode={mode}
        caption={`${name} at step ${step}: rows are true labels, columns predicted labels, cells ${mode === "counts" ? "counts" : "percent of the true label"}`}
      />
      <p className={styles.accuracy}>
        Accuracy <strong>{(computeAccuracy(matrix) * 100).toFixed(1)}%</strong> of {total.toLocaleString("en")} samples at step {step}
      </p>
      <ClassMetricsTable matrix={matrix} labelOf={labelOf} />
    </figure>
  );
}
