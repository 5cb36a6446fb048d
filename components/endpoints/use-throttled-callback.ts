import { useCallback, useEffect, useRef } from "react";

/**
 * The callback at most once every `ms`, the last call never lost: a call while one is due
 * changes nothing (the due one reads the latest state), else it runs once `ms` has passed
 * since the previous run.
 */
export function useThrottledCallback(callback: () => void, ms: number) {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  const lastRun = useRef(0);
  const due = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(due.current), []);
  return useCallback(() => {
    if (due.current) return;
    due.current = setTimeout(() => {
      due.current = undefined;
      lastRun.current = Date.now();
      latest.current();
    }, Math.max(0, lastRun.current + ms - Date.now()));
  }, [ms]);
}
