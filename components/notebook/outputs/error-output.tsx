import { memo, useMemo } from "react";
import { ansiToHtml } from "./ansi";
import type { TErrorItem } from "./output-model";
import styles from "./outputs.module.css";

/** An exception with its traceback in the kernel's colours. */
export const ErrorOutput = memo(function ErrorOutput({ item }: { item: TErrorItem }) {
  const html = useMemo(
    () => ansiToHtml(item.traceback.length > 0 ? item.traceback.join("\n") : `${item.ename}: ${item.evalue}`),
    [item],
  );
  return (
    <div className={styles.error} role="group" aria-label={`Error: ${item.ename}`}>
      <pre className={styles.text} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
});
