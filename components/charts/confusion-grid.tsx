import { useMemo } from "react";
import { formatCompactNumber } from "./format-number";
import { normaliseRows, type TConfusionMatrix } from "./confusion-math";
import styles from "./confusion-matrix.module.css";

export type TConfusionMode = "counts" | "normalised";

type TConfusionGridProps = {
  matrix: TConfusionMatrix;
  labelOf: (index: number) => string;
  mode: TConfusionMode;
  /** Names the table for screen readers. */
  caption: string;
};

// Past this share of the heat colour (--color-accent-text) light text reads better than dark.
const LIGHT_TEXT_FROM = 0.7;

/** The matrix as a heatmap table: rows are true classes, columns predicted ones. */
export function ConfusionGrid({ matrix, labelOf, mode, caption }: TConfusionGridProps) {
  const normalised = useMemo(() => normaliseRows(matrix), [matrix]);
  const largest = useMemo(() => Math.max(0, ...matrix.map((row) => Math.max(0, ...row))), [matrix]);
  const size = matrix.length;
  const density = size <= 12 ? "roomy" : size <= 30 ? "compact" : "dense";
  return (
    <div className={styles.heatmap}>
      <p className={styles.axisX} aria-hidden="true">
        Predicted label
      </p>
      <p className={styles.axisY} aria-hidden="true">
        True label
      </p>
      <div className={styles.scroller}>
        <table className={styles.grid} data-density={density}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                <span className="visually-hidden">True label, then predicted label</span>
              </th>
              {matrix.map((_, column) => (
                <th key={column} scope="col" className={styles.columnLabel} title={labelOf(column)}>
                  <span>{labelOf(column)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.map((row, trueIndex) => (
              <tr key={trueIndex}>
                <th scope="row" className={styles.rowLabel} title={labelOf(trueIndex)}>
                  <span>{labelOf(trueIndex)}</span>
                </th>
                {row.map((count, predicted) => {
                  const share = normalised[trueIndex][predicted];
                  const intensity = mode === "normalised" ? share : largest === 0 ? 0 : count / largest;
                  const percent = `${(share * 100).toFixed(1)}%`;
                  return (
                    <td
                      key={predicted}
                      className={count === 0 ? styles.zero : undefined}
                      style={{
                        background: `color-mix(in srgb, var(--color-accent-text) ${Math.round(intensity * 100)}%, var(--color-surface))`,
                        color: intensity >= LIGHT_TEXT_FROM ? "var(--color-surface)" : undefined,
                      }}
                      title={`${labelOf(trueIndex)} predicted as ${labelOf(predicted)}: ${count} (${percent} of ${labelOf(trueIndex)})`}
                    >
                      {mode === "normalised" ? formatShare(share) : formatCompactNumber(count)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// A few confusions among many samples would round to "0%", which reads as none.
function formatShare(share: number): string {
  return share > 0 && share < 0.005 ? "<1%" : `${Math.round(share * 100)}%`;
}
