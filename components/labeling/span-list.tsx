import type { TSpan } from "@/lib/labeling/results";
import { LabelSwatch } from "./label-swatch";
import { CloseIcon } from "./labeling-icons";
import { excerpt } from "./span-ranges";
import styles from "./span-annotator.module.css";

type TSpanListProps = {
  text: string;
  spans: TSpan[];
  colorOf(label: string): string;
  onRemove(index: number): void;
};

/** The item's spans in text order, each with its remove button: the keyboard's view of them. */
export function SpanList({ text, spans, colorOf, onRemove }: TSpanListProps) {
  if (spans.length === 0) return <p className={styles.empty}>No spans yet.</p>;
  return (
    <ul className={styles.list} aria-label="Spans">
      {spans.map((span, index) => (
        <li key={`${index}-${span.start}-${span.end}`} className={styles.row}>
          <LabelSwatch color={colorOf(span.label)} />
          <span className={styles.rowLabel}>{span.label}</span>
          <span className={styles.rowText}>{excerpt(text, span, 80)}</span>
          <span className={styles.rowRange}>
            {span.start}–{span.end}
          </span>
          <button type="button" className={styles.rowRemove} aria-label={`Remove ${span.label} span “${excerpt(text, span)}”`} onClick={() => onRemove(index)}>
            <CloseIcon size={14} />
          </button>
        </li>
      ))}
    </ul>
  );
}
