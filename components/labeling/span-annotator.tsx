"use client";
import { Fragment, useId, useRef, type CSSProperties, type KeyboardEvent, type MouseEvent } from "react";
import type { TLabel, TSpan } from "@/lib/labeling/results";
import { textColorOn } from "./label-hotkeys";
import { CloseIcon } from "./labeling-icons";
import { SpanFind } from "./span-find";
import { SpanList } from "./span-list";
import { addSpan, excerpt, segmentText, trimRange, type TRange } from "./span-ranges";
import { rangeToOffsets } from "./text-position";
import styles from "./span-annotator.module.css";

type TSpanAnnotatorProps = {
  text: string;
  labels: TLabel[];
  /** The label a new span gets. */
  activeLabel: string;
  spans: TSpan[];
  onChange(spans: TSpan[]): void;
};

const UNKNOWN_COLOR = "#6b7585";

/**
 * Named-entity spans over a text: select text with the mouse to mark it with the active
 * label, or type it into the find field; remove a span with its × or from the list below.
 * Only the text itself is DOM text here (the label tag is CSS content, the × an icon), so a
 * selection's offsets are offsets into `text`.
 */
export function SpanAnnotator({ text, labels, activeLabel, spans, onChange }: TSpanAnnotatorProps) {
  const textRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const colors = new Map(labels.map((label) => [label.name, label.color]));
  const colorOf = (name: string) => colors.get(name) ?? UNKNOWN_COLOR;

  /** Marks the range with the active label; false when there is nothing to mark. */
  const mark = (range: TRange | null) => {
    const trimmed = range && trimRange(text, range);
    if (!trimmed || !activeLabel) return false;
    onChange(addSpan(spans, { label: activeLabel, ...trimmed }));
    return true;
  };
  const remove = (index: number) => onChange(spans.filter((_, other) => other !== index));

  function markSelection() {
    const root = textRef.current;
    const selection = window.getSelection();
    if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return false;
    if (!mark(rangeToOffsets(root, selection.getRangeAt(0)))) return false;
    selection.removeAllRanges();
    return true;
  }

  // Listened for on the window: a drag that starts in the text may end outside it.
  function onMouseDown(event: MouseEvent<HTMLDivElement>) {
    if (event.button === 0) window.addEventListener("mouseup", () => markSelection(), { once: true });
  }

  // Enter marks a selection made without the mouse (caret browsing, assistive technology).
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Enter" && markSelection()) event.preventDefault();
  }

  return (
    <div className={styles.annotator}>
      <div
        ref={textRef}
        className={styles.text}
        tabIndex={0}
        role="document"
        aria-label="Text to label"
        aria-describedby={hintId}
        onMouseDown={onMouseDown}
        onKeyDown={onKeyDown}
      >
        {segmentText(text, spans).map((segment) => {
          const content = text.slice(segment.start, segment.end);
          if (segment.spanIndex === null) return <Fragment key={segment.start}>{content}</Fragment>;
          const span = spans[segment.spanIndex];
          const color = colorOf(span.label);
          const index = segment.spanIndex;
          return (
            <mark
              key={segment.start}
              className={styles.span}
              data-label={span.label}
              data-span-index={index}
              style={{ "--label-color": color, "--label-text": textColorOn(color) } as CSSProperties}
            >
              {content}
              {/* Out of the tab order: the list below is the keyboard's way to remove. */}
              <button
                type="button"
                className={styles.remove}
                tabIndex={-1}
                aria-label={`Remove ${span.label} “${excerpt(text, span)}”`}
                onMouseDown={(event) => {
                  // Neither a selection nor a new span starts on the ×.
                  event.preventDefault();
                  event.stopPropagation();
                }}
                onClick={() => remove(index)}
              >
                <CloseIcon size={10} />
              </button>
            </mark>
          );
        })}
      </div>
      <p id={hintId} className={styles.hint}>
        Select text to mark it as <strong>{activeLabel || "—"}</strong>. A new span replaces any it overlaps.
      </p>
      <SpanFind text={text} spans={spans} activeLabel={activeLabel} onMark={mark} />
      <SpanList text={text} spans={spans} colorOf={colorOf} onRemove={remove} />
    </div>
  );
}
