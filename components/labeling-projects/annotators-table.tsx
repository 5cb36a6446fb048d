import type { TLabelingProjectView } from "@/lib/labeling/get-labeling-project";
import { Table } from "@/components/ui/table";
import { formatAgreement } from "./format-agreement";
import styles from "./labeling.module.css";

/** Who labels the project, how much each submitted, and how much they agree with the others. */
export function AnnotatorsTable({ annotators, hasAgreement }: { annotators: TLabelingProjectView["annotators"]; hasAgreement: boolean }) {
  return (
    <Table label="Annotators">
      <thead>
        <tr>
          <th>Annotator</th>
          <th>Email</th>
          <th data-align="end">Submitted</th>
          {hasAgreement && <th data-align="end">Agreement</th>}
        </tr>
      </thead>
      <tbody>
        {annotators.map((a) => (
          <tr key={a.userId}>
            <td className={styles.name}>{a.name}</td>
            <td>{a.email}</td>
            <td data-align="end" className={styles.number}>
              {a.submitted.toLocaleString("en-US")}
            </td>
            {hasAgreement && (
              <td data-align="end" className={styles.number}>
                {formatAgreement(a.agreement)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
