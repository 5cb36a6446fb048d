import type { CSSProperties } from "react";
import type { TItemData, TLabel, TResult } from "@/lib/labeling/results";
import { fileUrl } from "@/components/datasets/dataset-urls";
import styles from "./review.module.css";

type TProps = { data: TItemData; result: TResult | null; labels: TLabel[]; dataset: { id: string; version: number } };

const colorOf = (labels: TLabel[], name: string) => labels.find((l) => l.name === name)?.color ?? "#6b7585";

/** An item with one answer drawn over it, read-only: boxes on the image, marks in the text, chips. */
export function ResultPreview({ data, result, labels, dataset }: TProps) {
  if (data.kind === "image") {
    return (
      <div className={styles.preview}>
        {/* eslint-disable-next-line @next/next/no-img-element -- the studio's own API serves it */}
        <img className={styles.previewImage} src={fileUrl(dataset.id, dataset.version, data.path)} alt={data.path} loading="lazy" />
        {result?.kind === "boxes" &&
          result.boxes.map((box, index) => (
            <span
              key={index}
              className={styles.previewBox}
              aria-label={`${box.label} box`}
              style={{ left: `${box.x * 100}%`, top: `${box.y * 100}%`, width: `${box.width * 100}%`, height: `${box.height * 100}%`, "--label-color": colorOf(labels, box.label) } as CSSProperties}
            />
          ))}
        {result?.kind === "choices" && <Chips names={result.choices} labels={labels} />}
      </div>
    );
  }
  if (result?.kind === "spans") {
    const parts: { text: string; label?: string }[] = [];
    let at = 0;
    for (const span of [...result.spans].sort((a, b) => a.start - b.start)) {
      if (span.start < at) continue;
      parts.push({ text: data.text.slice(at, span.start) }, { text: data.text.slice(span.start, span.end), label: span.label });
      at = span.end;
    }
    parts.push({ text: data.text.slice(at) });
    return (
      <p className={styles.previewText}>
        {parts.map((part, index) =>
          part.label ? (
            <mark key={index} className={styles.previewMark} style={{ "--label-color": colorOf(labels, part.label) } as CSSProperties} title={part.label}>
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </p>
    );
  }
  return (
    <div>
      <p className={styles.previewText}>{data.text}</p>
      {result?.kind === "choices" && <Chips names={result.choices} labels={labels} />}
    </div>
  );
}

function Chips({ names, labels }: { names: string[]; labels: TLabel[] }) {
  return (
    <span className={styles.chips}>
      {names.map((name) => (
        <span key={name} className={styles.chip} style={{ "--label-color": colorOf(labels, name) } as CSSProperties}>
          {name}
        </span>
      ))}
    </span>
  );
}
