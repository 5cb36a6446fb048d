import { memo } from "react";
import { ErrorOutput } from "./error-output";
import { MimeOutput } from "./mime-output";
import type { TOutputArea } from "./output-model";
import { StreamOutput } from "./stream-output";
import ansiStyles from "./ansi-colours.module.css";
import styles from "./outputs.module.css";

/** A cell's outputs in the order the kernel sent them. */
export const OutputArea = memo(function OutputArea({ area, label }: { area: TOutputArea; label: string }) {
  if (area.items.length === 0) return null;
  return (
    <div className={`${styles.area} ${ansiStyles.ansi}`} role="group" aria-label={label} data-outputs>
      {area.items.map((item, index) => (
        <div key={index} className={styles.output} data-output-kind={item.kind}>
          {item.kind === "stream" && <StreamOutput item={item} />}
          {item.kind === "display" && <MimeOutput item={item} />}
          {item.kind === "error" && <ErrorOutput item={item} />}
        </div>
      ))}
    </div>
  );
});
