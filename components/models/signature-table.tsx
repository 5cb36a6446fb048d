import type { TModelSignature } from "@/lib/models/schemas";
import { Table } from "@/components/ui/table";
import { formatShape } from "./format-model";
import styles from "./models.module.css";

/** What a model takes and gives: each input and output with its type and shape. */
export function SignatureTable({ signature }: { signature: TModelSignature | null }) {
  if (!signature) return <p className={styles.note}>No signature: the model was logged without an input example, so requests are not checked before they reach it.</p>;
  const entries = [...signature.inputs.map((entry) => ({ ...entry, role: "input" })), ...signature.outputs.map((entry) => ({ ...entry, role: "output" }))];
  return (
    <Table label="Signature">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Type</th>
          <th scope="col">Shape</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={`${entry.role}:${entry.name}`}>
            <td className={styles.code}>{entry.name}</td>
            <td>{entry.role}</td>
            <td className={styles.code}>{entry.type}</td>
            <td className={styles.code}>{formatShape(entry.shape)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
