"use client";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import styles from "./endpoints.module.css";

/** A multi-line snippet with a Copy button (CopyField is for one line). */
export function CopyableSnippet({ label, code }: { label: string; code: string }) {
  const blockRef = useRef<HTMLDivElement>(null);
  const feedbackId = useId();
  const [feedback, setFeedback] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setFeedback("Copied");
    } catch {
      // No clipboard API on a plain-http origin: select the snippet for Ctrl+C instead.
      const selection = window.getSelection();
      if (blockRef.current && selection) selection.selectAllChildren(blockRef.current);
      setFeedback("Press Ctrl+C to copy");
    }
  }

  return (
    <div className={styles.column}>
      <div className={styles.snippetHeader}>
        <h3 className={styles.chartTitle}>{label}</h3>
        <span id={feedbackId} className={styles.ok} role="status">
          {feedback}
        </span>
        <Button size="sm" onClick={copy} aria-label={`Copy the ${label} snippet`} aria-describedby={feedbackId}>
          Copy
        </Button>
      </div>
      <div ref={blockRef}>
        <CodeBlock label={`${label} snippet`}>{code}</CodeBlock>
      </div>
    </div>
  );
}
