"use client";
import { useRef, useState } from "react";
import { Button } from "./button";
import { Field } from "./field";
import { Input } from "./input";
import styles from "./copy-field.module.css";

/** A secret or link shown once, with a Copy button. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [feedback, setFeedback] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setFeedback("Copied");
    } catch {
      // The clipboard API needs a secure origin; on plain http over a LAN, select the text instead.
      inputRef.current?.select();
      setFeedback("Press Ctrl+C to copy");
    }
  }

  return (
    <Field label={label} hint={hint}>
      {(control) => (
        <div className={styles.row}>
          <Input {...control} ref={inputRef} value={value} readOnly className={styles.value} onFocus={(e) => e.target.select()} />
          <Button onClick={copy} aria-describedby={feedback ? `${control.id}-copied` : undefined}>
            Copy
          </Button>
          <span id={`${control.id}-copied`} className={styles.feedback} role="status">
            {feedback}
          </span>
        </div>
      )}
    </Field>
  );
}
