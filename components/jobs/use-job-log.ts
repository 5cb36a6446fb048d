"use client";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useRoomEvents } from "@/components/live/use-room-event";
import { fetchJson } from "@/components/runs/fetch-json";
import { EMPTY_LOG_LINES, appendLogLines, type TLogLines, type TLogText } from "./job-log-lines";
import { LogSequencer } from "./log-sequencer";

export type TJobLogChunk = TLogText & { seq: number };
type TJobLogPage = { chunks: TJobLogChunk[]; hasMore: boolean };
export type TJobLogLoad = { kind: "loading" } | { kind: "ready" } | { kind: "error"; message: string };

/** The most the route gives a page. */
export const JOB_LOG_PAGE = 5_000;
// A chunk pushed out of order is usually followed at once by the one it jumped over.
const GAP_WAIT_MS = 300;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function jobLogUrl(jobId: string, after: number) {
  return `/api/v1/jobs/${encodeURIComponent(jobId)}/logs?after=${after}&limit=${JOB_LOG_PAGE}`;
}

export const fetchJobLogPage = (jobId: string, after: number) => fetchJson<TJobLogPage>(jobLogUrl(jobId, after));

/**
 * A job's log, live: what is stored (page after page), then the chunks its room pushes, in seq
 * order. A gap (a chunk pushed out of order, or missed while the socket was down) is filled by
 * fetching after the last seq held. A change of the job's state refreshes the page's server data.
 * Not react-query: the log is one growing list that two sources append to, not a cached answer.
 */
export function useJobLog(jobId: string) {
  const router = useRouter();
  const [log, setLog] = useState<TLogLines>(EMPTY_LOG_LINES);
  const [load, setLoad] = useState<TJobLogLoad>({ kind: "loading" });
  const sequencer = useRef(new LogSequencer<TJobLogChunk>());
  const isFetching = useRef(false);
  const isFetchAgain = useRef(false);
  const gapTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const show = (chunks: TJobLogChunk[]) => {
    if (chunks.length) setLog((current) => appendLogLines(current, chunks));
  };

  // One fetch loop at a time; a call meanwhile makes it go round once more.
  async function catchUp() {
    if (isFetching.current) {
      isFetchAgain.current = true;
      return;
    }
    isFetching.current = true;
    const held = sequencer.current;
    try {
      do {
        isFetchAgain.current = false;
        const mark = held.mark();
        for (let page = await fetchJobLogPage(jobId, held.lastSeq); ; page = await fetchJobLogPage(jobId, held.lastSeq)) {
          show(held.acceptFetched(page.chunks));
          if (!page.hasMore || page.chunks.length === 0) break;
        }
        const settled = held.settle(mark);
        show(settled.ready);
        if (settled.isFetchNeeded) {
          await wait(GAP_WAIT_MS);
          if (held.hasGap) isFetchAgain.current = true;
        }
      } while (isFetchAgain.current);
      setLoad({ kind: "ready" });
    } catch (error) {
      setLoad({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      isFetching.current = false;
    }
  }

  const connection = useRoomEvents(
    { kind: "job", id: jobId },
    {
      "job:log": (chunk) => {
        show(sequencer.current.receive(chunk));
        if (!sequencer.current.hasGap) return;
        clearTimeout(gapTimer.current);
        gapTimer.current = setTimeout(() => sequencer.current.hasGap && void catchUp(), GAP_WAIT_MS);
      },
      "job:state": () => router.refresh(),
    },
  );

  const onConnection = useEffectEvent(() => {
    void catchUp();
    // The job's state and runs as rendered may be older than the join: read them again.
    if (connection === "live") router.refresh();
  });
  // At first, and at each change of the connection: what was stored while the socket was down.
  useEffect(() => onConnection(), [connection]);
  useEffect(() => () => clearTimeout(gapTimer.current), []);

  const retry = () => {
    setLoad({ kind: "loading" });
    void catchUp();
  };
  return { log, load, connection, retry };
}
