"use client";
import { useId, useState, type KeyboardEvent } from "react";
import type { TSpan } from "@/lib/labeling/results";
import { findOccurrence, type TRange } from "./span-ranges";
import styles from "./span-annotator.module.css";

type TSpanFindProps = {
  text: string;
  spans: TSpan[];
  activeLabel: string;
  onMark(range: TRange): boolean;
};

/**
 * Marking by typing, for the keyboard: the next occurrence of what is typed that has no span
 * yet gets the active label. Not a <form>: the page may already wrap the annotator in one.
 */
export function SpanFind({ text, spans, activeLabel, onMark }: TSpanFindProps) {
  const inputId = useId();
  const [query, setQuery] = useState("");
  const [notice, setNotice] = useState("");

  function submit() {
    if (!query.trim()) return;
    const range = findOccurrence(text, query, spans);
    if (!range) return setNotice(`“${query.trim()}” is not in the text.`);
    if (onMark(range)) {
      setQuery("");
      setNotice("");
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    submit();
  }

  return (
    <div className={styles.find}>
      <label htmlFor={inputId} className={styles.findLabel}>
        Mark text
      </label>
      <input
        id={inputId}
        className={styles.findInput}
        type="search"
        value={query}
        placeholder="Type words from the text"
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value);
          setNotice("");
        }}
        onKeyDown={onKeyDown}
      />
      <button type="button" className={styles.findButton} disabled={!query.trim() || !activeLabel} onClick={submit}>
        Mark as {activeLabel || "—"}
      </button>
      <span className={styles.findNotice} role="status">
        {notice}
      </span>
    </div>
  );
}
