"use client";
// Runs ticked in the runs table, to compare: the checkboxes, the page's select-all, and the
// button that opens the comparison. The ticks outlive a move to another page of the table.
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { MAX_COMPARED_RUNS, MIN_COMPARED_RUNS } from "@/lib/runs/compare-schemas";
import styles from "./runs.module.css";

type TSelection = { selected: readonly string[]; setSelected: (change: (selected: readonly string[]) => readonly string[]) => void };

const SelectionContext = createContext<TSelection | null>(null);

function useSelection() {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error("The run checkboxes sit inside a RunSelection.");
  return selection;
}

export function RunSelection({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState<readonly string[]>([]);
  return <SelectionContext value={{ selected, setSelected }}>{children}</SelectionContext>;
}

export function compareHref(runIds: readonly string[]) {
  return `/experiments/compare?runs=${runIds.map(encodeURIComponent).join(",")}`;
}

export function SelectRunCheckbox({ runId, runName }: { runId: string; runName: string }) {
  const { selected, setSelected } = useSelection();
  return (
    <input
      type="checkbox"
      className={styles.selectBox}
      aria-label={`Select run ${runName}`}
      checked={selected.includes(runId)}
      onChange={(event) => {
        const isChecked = event.target.checked;
        setSelected((current) => (isChecked ? [...current, runId] : current.filter((id) => id !== runId)));
      }}
    />
  );
}

/** Ticks every run on this page, or unticks them when all are ticked; mixed when some are. */
export function SelectAllRunsCheckbox({ runIds }: { runIds: readonly string[] }) {
  const { selected, setSelected } = useSelection();
  const ref = useRef<HTMLInputElement>(null);
  const ticked = runIds.filter((id) => selected.includes(id)).length;
  const isAll = runIds.length > 0 && ticked === runIds.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = ticked > 0 && !isAll;
  }, [ticked, isAll]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={styles.selectBox}
      aria-label="Select all runs on this page"
      checked={isAll}
      onChange={() =>
        setSelected((current) => (isAll ? current.filter((id) => !runIds.includes(id)) : [...current, ...runIds.filter((id) => !current.includes(id))]))
      }
    />
  );
}

export function CompareRunsButton() {
  const { selected, setSelected } = useSelection();
  const router = useRouter();
  const hintId = useId();
  const count = selected.length;
  const canCompare = count >= MIN_COMPARED_RUNS && count <= MAX_COMPARED_RUNS;
  const hint =
    count > MAX_COMPARED_RUNS
      ? `Compare at most ${MAX_COMPARED_RUNS} runs: untick ${count - MAX_COMPARED_RUNS}.`
      : `Tick ${MIN_COMPARED_RUNS} to ${MAX_COMPARED_RUNS} runs to compare them.`;
  return (
    <div className={styles.compareBar}>
      {!canCompare && (
        <span id={hintId} className={styles.compareHint}>
          {hint}
        </span>
      )}
      {count > 0 && (
        <Button size="sm" variant="secondary" onClick={() => setSelected(() => [])}>
          Clear selection
        </Button>
      )}
      <Button size="sm" variant="primary" disabled={!canCompare} aria-describedby={canCompare ? undefined : hintId} onClick={() => router.push(compareHref(selected))}>
        Compare ({count})
      </Button>
    </div>
  );
}
