"use client";
import { useId } from "react";
import styles from "./step-slider.module.css";

type TStepSliderProps = {
  steps: readonly number[];
  index: number;
  isLatest: boolean;
  onSelect: (index: number) => void;
};

/** A slider over the logged steps; pair it with useStepSelection. */
export function StepSlider({ steps, index, isLatest, onSelect }: TStepSliderProps) {
  const id = useId();
  return (
    <div className={styles.slider}>
      <label htmlFor={id} className={styles.label}>
        Step
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        disabled={steps.length < 2}
        aria-valuetext={`step ${steps[index]}${isLatest ? ", latest" : ""}`}
        onChange={(event) => onSelect(Number(event.target.value))}
      />
      <output htmlFor={id} className={styles.value}>
        {steps[index]}
      </output>
      <span className={styles.hint}>{isLatest ? "latest" : `${steps.length - 1 - index} newer`}</span>
    </div>
  );
}
