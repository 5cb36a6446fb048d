import { Table } from "@/components/ui/table";
import styles from "./run-view.module.css";

/** A param or summary value as a table cell shows it. */
export function formatFact(value: unknown) {
  if (typeof value === "number") return new Intl.NumberFormat("en", { maximumSignificantDigits: 6 }).format(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

type TRunFactsProps = {
  label: string;
  facts: Record<string, unknown>;
  empty: string;
  /** Where a key downloads from, when the keys are files. */
  downloadUrlOf?: (key: string) => string;
};

/** Keys and values (params, summary, files) as a two-column table. */
export function RunFacts({ label, facts, empty, downloadUrlOf }: TRunFactsProps) {
  const entries = Object.entries(facts).sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) return <p className={styles.muted}>{empty}</p>;
  return (
    <Table label={label}>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <td className={styles.factKey}>
              {downloadUrlOf ? (
                <a href={downloadUrlOf(key)} download>
                  {key}
                </a>
              ) : (
                key
              )}
            </td>
            <td className={styles.factValue}>{formatFact(value)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
