import { startTransition, useCallback, useEffect, useState } from "react";
import { isMakingEditors } from "./editor-turns";

/** Cells live from the first render (and on the server): more than a screen or two. */
const LIVE_AT_FIRST = 40;
/** Cells made live at a time, whenever the page is idle, until all are. */
const SLICE = 200;
/** A notebook with no editor near its top (Markdown only) does not wait for one longer. */
const MAX_WAIT_FOR_EDITORS_MS = 5_000;

/**
 * Which cells are live (a CellView: state, subscriptions, an observer of the screen). The rest
 * start as placeholders of the same look, and go live in slices, top first, once the editors
 * near the screen are made and the page is idle: hydrating 2,000 CellViews with the page, and
 * then competing with Monaco, held the first cell's editor back by ~0.5 s on 2 cores
 * (bench/notebook-open.ts). Cells added later are live at once.
 */
export function useLiveCells(order: string[]) {
  const [waiting, setWaiting] = useState<ReadonlySet<string>>(() => new Set(order.slice(LIVE_AT_FIRST)));
  const hasWaiting = waiting.size > 0;
  useEffect(() => {
    if (!hasWaiting) return;
    let handle = 0;
    const goLive = (deadline: IdleDeadline) => {
      if (isMakingEditors() && performance.now() < MAX_WAIT_FOR_EDITORS_MS && !deadline.didTimeout) {
        handle = requestIdleCallback(goLive, { timeout: MAX_WAIT_FOR_EDITORS_MS });
        return;
      }
      startTransition(() => setWaiting((before) => new Set([...before].slice(SLICE))));
    };
    handle = requestIdleCallback(goLive);
    return () => cancelIdleCallback(handle);
  }, [hasWaiting, waiting]);
  return useCallback((id: string) => !waiting.has(id), [waiting]);
}
