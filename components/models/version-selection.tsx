"use client";
// Versions ticked in the versions table, for the comparison below it; and whether the
// comparison is open.
import { createContext, useContext, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import runStyles from "@/components/runs/runs.module.css";
import styles from "./models.module.css";

type TSelection = {
  selected: readonly number[];
  toggle: (number: number, isTicked: boolean) => void;
  isComparing: boolean;
  setComparing: (isComparing: boolean) => void;
};

const SelectionContext = createContext<TSelection | null>(null);

export function useVersionSelection() {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("The version checkboxes sit inside a VersionSelection.");
  return selection;
}

export function VersionSelection({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<readonly number[]>([]);
  const [isComparing, setComparing] = useState(false);
  const toggle = (number: number, isTicked: boolean) =>
    setSelected((current) => (isTicked ? [...current.filter((n) => n !== number), number].sort((a, b) => b - a) : current.filter((n) => n !== number)));
  return <SelectionContext value={{ selected, toggle, isComparing, setComparing }}>{children}</SelectionContext>;
}

export function SelectVersionCheckbox({ number }: { number: number }) {
  const { selected, toggle } = useVersionSelection();
  return (
    <input
      type="checkbox"
      className={runStyles.selectBox}
      aria-label={`Select version ${number} to compare`}
      checked={selected.includes(number)}
      onChange={(event) => toggle(number, event.target.checked)}
    />
  );
}

/** Opens the comparison of the ticked versions, once two are. */
export function CompareVersionsButton() {
  const { selected, isComparing, setComparing } = useVersionSelection();
  const canCompare = selected.length >= 2;
  return (
    <span className={styles.toolbar}>
      {!canCompare && <span className={styles.subtle}>Tick two or more versions to compare them.</span>}
      <Button size="sm" aria-expanded={isComparing} disabled={!canCompare && !isComparing} onClick={() => setComparing(!isComparing)}>
        {isComparing ? "Close comparison" : canCompare ? `Compare ${selected.length} versions` : "Compare"}
      </Button>
    </span>
  );
}
