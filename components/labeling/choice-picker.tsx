"use client";
import type { CSSProperties } from "react";
import type { TLabel } from "@/lib/labeling/results";
import { HotkeyHint } from "./hotkey-hint";
import { nextChoices } from "./label-hotkeys";
import { CheckIcon } from "./labeling-icons";
import { LabelSwatch } from "./label-swatch";
import styles from "./choice-picker.module.css";

export { useLabelHotkeys } from "./use-label-hotkeys";

type TChoicePickerProps = {
  labels: TLabel[];
  /** Multi-label: each button toggles. Single-label: a button replaces the choice. */
  multiple: boolean;
  value: string[];
  onChange(value: string[]): void;
  /** The group's accessible name; by default it says whether one or several may be picked. */
  "aria-label"?: string;
};

/** The labels of a classification task as toggle buttons: colour, name and hotkey. */
export function ChoicePicker({ labels, multiple, value, onChange, "aria-label": ariaLabel }: TChoicePickerProps) {
  const chosen = new Set(value);
  return (
    <div className={styles.picker} role="group" aria-label={ariaLabel ?? (multiple ? "Labels (pick any)" : "Label (pick one)")}>
      {labels.map((label) => {
        const isChosen = chosen.has(label.name);
        return (
          <button
            key={label.name}
            type="button"
            className={styles.choice}
            style={{ "--label-color": label.color } as CSSProperties}
            aria-pressed={isChosen}
            aria-keyshortcuts={label.hotkey}
            data-label={label.name}
            onClick={() => onChange(nextChoices(labels, value, label.name, multiple))}
          >
            <span className={multiple ? styles.checkbox : styles.radio} aria-hidden="true">
              {isChosen && multiple && <CheckIcon size={12} />}
            </span>
            <LabelSwatch color={label.color} />
            <span className={styles.name}>{label.name}</span>
            {label.hotkey && <HotkeyHint hotkey={label.hotkey} />}
          </button>
        );
      })}
    </div>
  );
}
