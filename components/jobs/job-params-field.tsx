"use client";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import type { TParamRow } from "./job-params";
import styles from "./new-job.module.css";

const PARAM_INPUTS = [
  { key: "name", label: "Name", placeholder: "lr" },
  { key: "value", label: "Value", placeholder: "0.001" },
] as const;

type TJobParamsFieldProps = {
  rows: TParamRow[];
  onChange: (rows: TParamRow[]) => void;
  /** A row's own problem (a name given twice), by row id. */
  rowErrors: Record<number, string>;
  /** The server's messages about params, in words. */
  errors: string[];
  disabled: boolean;
};

/** Params as rows of name and value, added and removed; the command refers to them as {name}. */
export function JobParamsField({ rows, onChange, rowErrors, errors, disabled }: TJobParamsFieldProps) {
  const update = (id: number, change: Partial<TParamRow>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const add = () => onChange([...rows, { id: Math.max(0, ...rows.map((row) => row.id)) + 1, name: "", value: "" }]);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupTitle}>Params</legend>
      {rows.map((row, index) => (
        <div key={row.id} className={styles.paramRow}>
          {PARAM_INPUTS.map(({ key, label, placeholder }) => (
            <Input
              key={key}
              className={styles.mono}
              value={row[key]}
              onChange={(event) => update(row.id, { [key]: event.target.value })}
              placeholder={placeholder}
              aria-label={`${label} of param ${index + 1}`}
              aria-invalid={key === "name" && rowErrors[row.id] ? true : undefined}
              disabled={disabled}
              autoComplete="off"
              spellCheck={false}
            />
          ))}
          <Button variant="danger" onClick={() => onChange(rows.filter((other) => other.id !== row.id))} disabled={disabled} aria-label={`Remove param ${index + 1}`}>
            Remove
          </Button>
          {rowErrors[row.id] && <p className={`${styles.groupError} ${styles.rowError}`}>{rowErrors[row.id]}</p>}
        </div>
      ))}
      {errors.map((message) => (
        <p key={message} className={styles.groupError}>
          {message}
        </p>
      ))}
      <Button size="sm" className={styles.addRow} onClick={add} disabled={disabled}>
        <PlusIcon size={14} />
        Add param
      </Button>
      <p className={styles.note}>
        Write a param into the command as {"{name}"}: its value goes there, shell-quoted; the code can read them all as JSON from MLSTUDIO_PARAMS.
        Numbers are sent as numbers, true and false as booleans.
      </p>
    </fieldset>
  );
}
