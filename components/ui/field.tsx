import { useId, type ReactNode } from "react";
import styles from "./field.module.css";

type TControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type TFieldProps = {
  label: string;
  hint?: ReactNode;
  /** Messages from the server's fieldErrors; the first one is shown. */
  error?: string | string[];
  /** Renders the control with the id and ARIA wiring that ties it to its label and messages. */
  children: (control: TControlProps) => ReactNode;
};

export function Field({ label, hint, error, children }: TFieldProps) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  // An error replaces the hint: the two usually say the same thing.
  const hintId = hint && !message ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {children({ id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy })}
      {message && (
        <p id={errorId} className={styles.error}>
          {message}
        </p>
      )}
      {hintId && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
