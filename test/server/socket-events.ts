// Records what a browser socket receives, so a test can wait for an event that may already
// have arrived (no race between an emit and the listener).
import type { Socket } from "socket.io-client";

type TEvent = { event: string; payload: Record<string, unknown> };

export function recordEvents(socket: Socket) {
  const seen: TEvent[] = [];
  const waiters = new Set<() => void>();
  socket.onAny((event: string, payload: Record<string, unknown>) => {
    seen.push({ event, payload });
    waiters.forEach((wake) => wake());
  });
  return {
    seen,
    /** The first event (from `since` on) with this name that matches. */
    next<T = Record<string, unknown>>(event: string, matches: (payload: T) => boolean = () => true, options: { since?: number; timeoutMs?: number } = {}) {
      return new Promise<T>((resolve, reject) => {
        const find = () => seen.slice(options.since ?? 0).find((e) => e.event === event && matches(e.payload as T));
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No ${event} matching ${matches.toString()} within ${options.timeoutMs ?? 20_000} ms; saw:\n${JSON.stringify(seen.slice(-15), null, 1).slice(0, 4000)}`));
        }, options.timeoutMs ?? 20_000);
        const check = () => {
          const found = find();
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found.payload as T);
        };
        waiters.add(check);
        check();
      });
    },
    mark() {
      return seen.length;
    },
  };
}
