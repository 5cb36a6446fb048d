"use client";
import jobStyles from "@/components/jobs/new-job.module.css";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { newSpaceRow, type TSpaceRow, type TSpaceRowKind } from "./space-rows";
import styles from "./new-sweep.module.css";

const KINDS: Array<{ value: TSpaceRowKind; label: string }> = [
  { value: "fixed", label: "Fixed" },
  { value: "choice", label: "Choose from" },
  { value: "int", label: "Int range" },
  { value: "float", label: "Float range" },
];

type TSearchSpaceFieldProps = {
  rows: TSpaceRow[];
  onChange: (rows: TSpaceRow[]) => void;
  rowErrors: Record<number, string>;
  /** The server's messages about the space and params, in words. */
  errors: string[];
  disabled: boolean;
};

/** The job's params, each fixed or searched: a list of values, or a range (log scale for rates). */
export function SearchSpaceField({ rows, onChange, rowErrors, errors, disabled }: TSearchSpaceFieldProps) {
  const update = (id: number, change: Partial<TSpaceRow>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const add = () => onChange([...rows, newSpaceRow(Math.max(0, ...rows.map((row) => row.id)) + 1, { kind: "float" })]);
  const input = (row: TSpaceRow, index: number, key: "name" | "value" | "min" | "max", label: string, placeholder: string) => (
    <Input
      className={jobStyles.mono}
      value={row[key]}
      onChange={(event) => update(row.id, { [key]: event.target.value })}
      placeholder={placeholder}
      aria-label={`${label} of param ${index + 1}`}
      aria-invalid={rowErrors[row.id] ? true : undefined}
      disabled={disabled}
      autoComplete="off"
      spellCheck={false}
    />
  );
  return (
    <fieldset className={jobStyles.group}>
      <legend className={jobStyles.groupTitle}>Params</legend>
      {rows.map((row, index) => (
        <div key={row.id} className={styles.spaceRow}>
          {input(row, index, "name", "Name", "lr")}
          <Select value={row.kind} onChange={(event) => update(row.id, { kind: event.target.value as TSpaceRowKind })} aria-label={`How param ${index + 1} is set`} disabled={disabled}>
            {KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </Select>
          {row.kind === "fixed" || row.kind === "choice" ? (
            <span className={styles.wide}>{input(row, index, "value", row.kind === "fixed" ? "Value" : "Values", row.kind === "fixed" ? "20" : "adam, sgd")}</span>
          ) : (
            <>
              {input(row, index, "min", "From", row.kind === "int" ? "1" : "0.0001")}
              {input(row, index, "max", "To", row.kind === "int" ? "8" : "0.1")}
              <label className={styles.log}>
                <input type="checkbox" checked={row.isLog} onChange={(event) => update(row.id, { isLog: event.target.checked })} disabled={disabled} />
                Log
              </label>
            </>
          )}
          <Button variant="danger" onClick={() => onChange(rows.filter((other) => other.id !== row.id))} disabled={disabled} aria-label={`Remove param ${index + 1}`}>
            Remove
          </Button>
          {rowErrors[row.id] && <p className={`${jobStyles.groupError} ${jobStyles.rowError}`}>{rowErrors[row.id]}</p>}
        </div>
      ))}
      {errors.map((message) => (
        <p key={message} className={jobStyles.groupError}>
          {message}
        </p>
      ))}
      <Button size="sm" className={jobStyles.addRow} onClick={add} disabled={disabled}>
        <PlusIcon size={14} />
        Add param
      </Button>
      <p className={jobStyles.note}>
        A searched param gets a value per trial, written into the command as {"{name}"} and into MLSTUDIO_PARAMS; a fixed one is the same for
        every trial. Choices are separated by commas; log scale spreads a range evenly over its orders of magnitude (learning rates).
      </p>
    </fieldset>
  );
}
