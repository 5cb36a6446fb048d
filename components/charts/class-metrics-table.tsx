import { computeClassMetrics, type TConfusionMatrix } from "./confusion-math";
import styles from "./confusion-matrix.module.css";

type TClassMetricsTableProps = { matrix: TConfusionMatrix; labelOf: (index: number) => string };

/** Precision, recall, F1 and support of each class, from the matrix shown beside it. */
export function ClassMetricsTable({ matrix, labelOf }: TClassMetricsTableProps) {
  const metrics = computeClassMetrics(matrix);
  return (
    <div className={styles.metricsScroller}>
      <table className={styles.metrics} aria-label="Per-class metrics">
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col" data-align="end">
              Precision
            </th>
            <th scope="col" data-align="end">
              Recall
            </th>
            <th scope="col" data-align="end">
              F1
            </th>
            <th scope="col" data-align="end">
              Support
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric, index) => (
            <tr key={index}>
              <th scope="row" title={labelOf(index)}>
                <span>{labelOf(index)}</span>
              </th>
              <td data-align="end">{metric.precision.toFixed(3)}</td>
              <td data-align="end">{metric.recall.toFixed(3)}</td>
              <td data-align="end">{metric.f1.toFixed(3)}</td>
              <td data-align="end">{metric.support.toLocaleString("en")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
