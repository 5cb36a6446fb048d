"use client";
import type { CSSProperties } from "react";
import type { TLabel } from "@/lib/labeling/results";
import { HotkeyHint } from "./hotkey-hint";
import { LabelSwatch } from "./label-swatch";
import styles from "./label-legend.module.css";

type TLabelLegendProps = {
  labels: TLabel[];
  /** The label new boxes and spans get. */
  activeLabel: string;
  onSelect(name: string): void;
  /** How many boxes or spans each label has on this item, shown beside it when given. */
  counts?: Record<string, number>;
  /** A column for a side panel (the default), a wrapping row above a widget. */
  direction?: "column" | "row";
};

/** The project's labels with their colours and hotkeys; the active one is highlighted, a click makes another active. */
export function LabelLegend({ labels, activeLabel, onSelect, counts, direction = "column" }: TLabelLegendProps) {
  return (
    <div className={`${styles.legend} ${styles[direction]}`} role="group" aria-label="Active label">
      {labels.map((label) => {
        const count = counts?.[label.name];
        return (
          <button
            key={label.name}
            type="button"
            className={styles.item}
            style={{ "--label-color": label.color } as CSSProperties}
            aria-pressed={label.name === activeLabel}
            aria-keyshortcuts={label.hotkey}
            data-label={label.name}
            // The count is a description, so the button's name stays the label's name alone.
            title={count === undefined ? undefined : `${count} on this item`}
            onClick={() => onSelect(label.name)}
          >
            <LabelSwatch color={label.color} />
            <span className={styles.name}>{label.name}</span>
            {count !== undefined && (
              <span className={styles.count} aria-hidden="true">
                {count}
              </span>
            )}
            {label.hotkey && <HotkeyHint hotkey={label.hotkey} />}
          </button>
        );
      })}
    </div>
  );
}
