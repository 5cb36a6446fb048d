"use client";
import { memo, useLayoutEffect, useMemo, useRef, useState } from "react";
import { ansiToHtml } from "./ansi";
import { tailOfText, type TStreamItem } from "./output-model";
import { TruncationNotice } from "./truncation-notice";
import styles from "./outputs.module.css";

/** Past this many lines a stream scrolls in its own box, which follows new lines. */
const SCROLL_AFTER_LINES = 40;

/** stdout or stderr, coloured, its last 2,000 lines unless the reader asks for all. */
export const StreamOutput = memo(function StreamOutput({ item }: { item: TStreamItem }) {
  const [isShowingAll, setIsShowingAll] = useState(false);
  const boxRef = useRef<HTMLPreElement>(null);
  const isPinned = useRef(true);
  const { shown, hiddenLines } = useMemo(
    () => (isShowingAll ? { shown: item.text, hiddenLines: 0 } : tailOfText(item.text, item.newlines)),
    [isShowingAll, item.text, item.newlines],
  );
  const html = useMemo(() => ansiToHtml(shown.endsWith("\r") ? shown.slice(0, -1) : shown), [shown]);
  const isScrolled = item.newlines > SCROLL_AFTER_LINES;

  // While the reader stays at the bottom, new lines keep in view; scrolling up stops that.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (box && isScrolled && isPinned.current) box.scrollTop = box.scrollHeight;
  }, [html, isScrolled]);

  return (
    <div className={styles.stream} data-stream={item.name}>
      {hiddenLines > 0 && <TruncationNotice hiddenLines={hiddenLines} onShowAll={() => setIsShowingAll(true)} />}
      <pre
        ref={boxRef}
        className={[styles.text, item.name === "stderr" && styles.stderr, isScrolled && styles.scrolled].filter(Boolean).join(" ")}
        tabIndex={isScrolled ? 0 : undefined}
        onScroll={(event) => {
          const box = event.currentTarget;
          isPinned.current = box.scrollHeight - box.scrollTop - box.clientHeight < 24;
        }}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </div>
  );
});
