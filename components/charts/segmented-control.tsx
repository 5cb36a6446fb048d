"use client";
import { useId } from "react";
import styles from "./segmented-control.module.css";

type TSegmentedControlProps<T extends string> = {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (next: T) => void;
};

/** A few mutually exclusive choices as a row of toggle buttons. */
export function SegmentedControl<T extends string>({ label, options, value, onChange }: TSegmentedControlProps<T>) {
  const id = useId();
  return (
    <div className={styles.group} role="group" aria-labelledby={id}>
      <span id={id} className={styles.label}>
        {label}
      </span>
      <span className={styles.segmented}>
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            className={styles.segment}
            aria-pressed={value === option.value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </span>
    </div>
  );
}
