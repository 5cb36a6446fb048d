"use client";
import { useCallback, useState } from "react";

/** A value with its past: set() records, undo() steps back, reset() starts a new history. */
export function useUndoable<T>(initial: T) {
  const [state, setState] = useState({ past: [] as T[], present: initial });
  const set = useCallback((next: T) => setState((s) => ({ past: [...s.past.slice(-99), s.present], present: next })), []);
  const undo = useCallback(() => setState((s) => (s.past.length ? { past: s.past.slice(0, -1), present: s.past[s.past.length - 1] } : s)), []);
  const reset = useCallback((value: T) => setState({ past: [], present: value }), []);
  return { value: state.present, set, undo, reset, canUndo: state.past.length > 0 };
}
