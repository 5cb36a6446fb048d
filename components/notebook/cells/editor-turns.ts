import { useEffect, useState } from "react";

// Monaco editors are created one at a time, each once the one before is ready, in the order
// their cells asked (the page's order, as the browser reports what is near the screen).
// Created together, the dozen cells near the screen of a freshly opened notebook were one
// long task (~0.5 s on 2 cores), and the first cell took no key until all were done.

type TTurn = { cellId: string; grant: () => void };

const waiting: TTurn[] = [];
let current: string | null = null;
let hasMadeOne = false;

/** Whether editors are still to be made for the cells near the screen (the first one, at least). */
export function isMakingEditors() {
  return current !== null || waiting.length > 0 || !hasMadeOne;
}

function grantNext() {
  if (current !== null) return;
  const next = waiting.shift();
  if (!next) return;
  current = next.cellId;
  next.grant();
}

function leaveQueue(cellId: string) {
  const index = waiting.findIndex((turn) => turn.cellId === cellId);
  return index >= 0 ? waiting.splice(index, 1)[0] : undefined;
}

/** The cell's editor is ready (or will not be made after all): the next one may start. */
export function endEditorTurn(cellId: string, isReady = false) {
  hasMadeOne ||= isReady;
  if (current !== cellId) return;
  current = null;
  // When the page is idle: keys, clicks and painting go before the next creation.
  requestIdleCallback(grantNext, { timeout: 1_000 });
}

/**
 * Whether this cell may have its editor: it waits for its turn while `isWanted` (near the
 * screen), and keeps it until no longer wanted; `isUrgent` (being edited) skips the queue.
 */
export function useEditorTurn(cellId: string, isWanted: boolean, isUrgent: boolean) {
  const [hasTurn, setHasTurn] = useState(false);
  useEffect(() => {
    if (!isWanted) return;
    waiting.push({ cellId, grant: () => setHasTurn(true) });
    grantNext();
    return () => {
      leaveQueue(cellId);
      setHasTurn(false);
      endEditorTurn(cellId);
    };
  }, [cellId, isWanted]);
  // Waiting, it takes its turn now, and keeps it when the editing ends.
  useEffect(() => {
    if (isUrgent) leaveQueue(cellId)?.grant();
  }, [cellId, isUrgent]);
  return hasTurn || isUrgent;
}
