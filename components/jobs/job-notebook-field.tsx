import Link from "next/link";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import styles from "./new-job.module.css";

export type TNotebookOption = { id: string; name: string; projectId: string };

type TJobNotebookFieldProps = { notebooks: TNotebookOption[]; value: string; onChange: (id: string) => void; error?: string[]; disabled: boolean };

/** The project's notebook whose code cells the job runs, as they are when it is queued. */
export function JobNotebookField({ notebooks, value, onChange, error, disabled }: TJobNotebookFieldProps) {
  if (notebooks.length === 0) {
    return (
      <p className={error ? styles.groupError : styles.note}>
        This project has no notebooks yet. <Link href="/notebooks">Create one</Link>, or upload files instead.
      </p>
    );
  }
  return (
    <Field label="Notebook" hint="Its code cells as they are now, in order; IPython's %magics and !commands become comments." error={error}>
      {(control) => (
        <Select {...control} value={value} onChange={(event) => onChange(event.target.value)} disabled={disabled}>
          <option value="">Choose a notebook</option>
          {notebooks.map((notebook) => (
            <option key={notebook.id} value={notebook.id}>
              {notebook.name}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
