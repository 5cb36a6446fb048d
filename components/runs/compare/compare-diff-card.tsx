"use client";
import { useMemo, useState, type ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { formatFact } from "../run-facts";
import { CompareRunHeading, type TComparedRunLabel } from "./compare-run-heading";
import { diffRows } from "./diff-rows";
import runView from "../run-view.module.css";
import styles from "./compare.module.css";

type TCompareDiffCardProps = {
  title: string;
  /** The heading of the keys' column: "Param". */
  keyHeading: string;
  runs: readonly TComparedRunLabel[];
  /** One a run, in the runs' order. */
  records: readonly Record<string, unknown>[];
  keys: readonly string[];
  /** What to say when no run has any key. */
  empty: string;
  formatCell?: (value: unknown) => ReactNode;
};

/** Keys against runs, the rows whose values differ marked, and a switch to show only those. */
export function CompareDiffCard({ title, keyHeading, runs, records, keys, empty, formatCell = formatFact }: TCompareDiffCardProps) {
  const [isOnlyDifferences, setOnlyDifferences] = useState(false);
  const rows = useMemo(() => diffRows(records, keys), [records, keys]);
  const differing = rows.filter((row) => row.isDifferent).length;
  const shown = isOnlyDifferences ? rows.filter((row) => row.isDifferent) : rows;
  const toggle = rows.length > 0 && (
    <label className={styles.toggle}>
      <input type="checkbox" checked={isOnlyDifferences} onChange={(event) => setOnlyDifferences(event.target.checked)} />
      Only differences
    </label>
  );
  return (
    <Card title={title} description={rows.length > 0 ? `${differing} of ${rows.length} differ between the runs.` : undefined} actions={toggle} isFlush>
      {rows.length === 0 ? (
        <p className={runView.muted}>{empty}</p>
      ) : shown.length === 0 ? (
        <p className={runView.muted}>Nothing differs: every run has the same values.</p>
      ) : (
        <Table label={`${title} by run`}>
          <thead className={styles.diffHead}>
            <tr>
              <th scope="col">{keyHeading}</th>
              {runs.map((run) => (
                <th key={run.id} scope="col">
                  <CompareRunHeading run={run} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={styles.diffBody}>
            {shown.map((row) => (
              <tr key={row.key} data-differs={row.isDifferent || undefined}>
                <th scope="row">
                  {row.key}
                  {row.isDifferent && <span className="visually-hidden"> (differs)</span>}
                </th>
                {row.values.map((value, index) => (
                  <td key={runs[index].id} className={styles.value}>
                    {value === undefined ? (
                      <span className={styles.absent} title="Not logged">
                        <span aria-hidden="true">—</span>
                        <span className="visually-hidden">not logged</span>
                      </span>
                    ) : (
                      formatCell(value)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
