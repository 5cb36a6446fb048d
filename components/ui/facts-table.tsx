import type { ReactNode } from "react";
import { Table } from "./table";
import styles from "./facts-table.module.css";

/** Labelled facts about one thing (a job, a sweep) as a two-column table. */
export function FactsTable({ label, facts }: { label: string; facts: Array<[string, ReactNode]> }) {
  return (
    <Table label={label}>
      <tbody>
        {facts.map(([name, value]) => (
          <tr key={name}>
            <td className={styles.label}>{name}</td>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
