import type { TColumnStatsView } from "@/lib/datasets/schemas";
import { Badge } from "@/components/ui/badge";
import { ColumnHistogram } from "./column-histogram";
import { formatNulls, formatStatNumber, formatStatValue } from "./format-stat";
import styles from "./column-stats.module.css";

function histogramLabel(column: TColumnStatsView) {
  const { edges, counts } = column.histogram!;
  return `Distribution of ${column.name}: ${counts.length} bins from ${formatStatNumber(edges[0])} to ${formatStatNumber(edges[edges.length - 1])}, the fullest holding ${Math.max(...counts).toLocaleString("en")} rows.`;
}

function ColumnCard({ column, rowCount }: { column: TColumnStatsView; rowCount: number }) {
  const facts: Array<[string, string]> = [
    ["Nulls", formatNulls(column.nulls, rowCount)],
    ["Distinct", column.distinct.toLocaleString("en")],
  ];
  if (column.min !== undefined) facts.push(["Min", formatStatValue(column.min, column.type)]);
  if (column.max !== undefined) facts.push(["Max", formatStatValue(column.max, column.type)]);
  if (column.mean !== undefined) facts.push(["Mean", formatStatNumber(column.mean)]);
  return (
    <li className={styles.card} data-column={column.name}>
      <div className={styles.head}>
        <span className={styles.name} title={column.name}>
          {column.name}
        </span>
        <Badge tone={column.type === "number" || column.type === "integer" ? "accent" : "neutral"}>{column.type}</Badge>
      </div>
      {column.histogram && <ColumnHistogram counts={column.histogram.counts} label={histogramLabel(column)} />}
      <dl className={styles.facts}>
        {facts.map(([name, value]) => (
          <div key={name} className={styles.fact}>
            <dt>{name}</dt>
            <dd title={value}>{value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

/** One compact card per column, in the table's order: its type, gaps, spread and shape. */
export function ColumnStatsGrid({ columns, rowCount }: { columns: TColumnStatsView[]; rowCount: number }) {
  return (
    <ul className={styles.grid} aria-label="Columns">
      {columns.map((column) => (
        <ColumnCard key={column.name} column={column} rowCount={rowCount} />
      ))}
    </ul>
  );
}
