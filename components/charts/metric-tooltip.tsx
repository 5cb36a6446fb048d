import { formatPrecise } from "./format-number";
import type { TMetricRow } from "./metric-rows";
import { formatClock, formatElapsed } from "./time-axis";
import cartesian from "./cartesian-chart.module.css";
import styles from "./metric-chart.module.css";

type TMetricTooltipProps = {
  row: TMetricRow;
  names: readonly string[];
  colours: readonly string[];
  /** Set when the time axis counts from the run's start. */
  timeOrigin?: number;
  /** How a value is written; exactly as logged unless given. */
  formatValue?: (value: number) => string;
  /** False when steps mean nothing (samples in time): they are left out. */
  hasSteps?: boolean;
};

/** The exact values of each series that has a point at the hovered position. */
export function MetricTooltip({ row, names, colours, timeOrigin, formatValue = String, hasSteps = true }: TMetricTooltipProps) {
  const entries = row.points.flatMap((point, index) => (point ? [{ point, index }] : []));
  const first = entries[0]?.point;
  if (!first) return null;
  const isOneStep = !hasSteps || entries.every(({ point }) => point.step === first.step);
  return (
    <div className={`${cartesian.tooltip} ${styles.tooltip}`}>
      <p className={styles.tooltipHeading}>
        {isOneStep && hasSteps && <span>step {first.step}</span>}
        <span className={styles.tooltipTime}>
          {formatClock(first.time)}
          {timeOrigin !== undefined && ` (+${formatElapsed(first.time - timeOrigin)})`}
        </span>
      </p>
      <dl className={styles.tooltipValues}>
        {entries.map(({ point, index }) => (
          <div key={index} className={styles.tooltipRow}>
            <dt>
              <span className={styles.swatch} style={{ background: colours[index] }} aria-hidden="true" />
              {names[index]}
              {!isOneStep && <span className={styles.tooltipStep}> · step {point.step}</span>}
            </dt>
            <dd>
              <span>{formatValue(point.value)}</span>
              {point.smoothed !== null && Number.isFinite(point.smoothed) && (
                <span className={styles.tooltipExtra}>smoothed {formatPrecise(point.smoothed)}</span>
              )}
              {point.min !== undefined && point.max !== undefined && point.min !== point.max && (
                <span className={styles.tooltipExtra}>
                  range {formatValue(point.min)} to {formatValue(point.max)}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
