import { countNonFinite, countNonPositive, describeNonFinite, describeNonPositive, type TMetricSeries } from "./metric-values";
import styles from "./metric-chart.module.css";

type TMetricChartFooterProps = { series: readonly TMetricSeries[]; colours: readonly string[]; isLogScale: boolean };

/** The legend when there are several series, and what the chart cannot draw, said in words. */
export function MetricChartFooter({ series, colours, isLogScale }: TMetricChartFooterProps) {
  const isNamed = series.length > 1;
  const notes = series.flatMap((one) => {
    const text = [describeNonFinite(countNonFinite(one.points)), isLogScale ? describeNonPositive(countNonPositive(one.points)) : ""]
      .filter(Boolean)
      .join("; ");
    return text ? [{ id: one.id, text: isNamed ? `${one.name}: ${text}` : text }] : [];
  });
  if (!isNamed && notes.length === 0) return null;
  return (
    <figcaption className={styles.footer}>
      {isNamed && (
        <ul className={styles.legend} aria-label="Series">
          {series.map((one, index) => (
            <li key={one.id}>
              <span className={styles.swatch} style={{ background: colours[index] }} aria-hidden="true" />
              {one.name}
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className={styles.notes} aria-label="Values not drawn">
          {notes.map((note) => (
            <li key={note.id}>{note.text}</li>
          ))}
        </ul>
      )}
    </figcaption>
  );
}
