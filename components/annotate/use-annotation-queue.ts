"use client";
// The annotator's queue in the browser: the item on screen, the next one claimed and its image
// loaded while they work (so that Submit shows it at once), and the items they answered in
// this sitting, to go back to.
import { useCallback, useEffect, useRef, useState } from "react";
import type { TResult } from "@/lib/labeling/results";
import type { TAnnotatorItem, TNextItemAnswer } from "@/lib/labeling/schemas";
import { fetchJson } from "@/components/runs/fetch-json";
import { fileUrl } from "@/components/datasets/dataset-urls";
import { useLabelingRequests } from "./use-labeling-requests";

type TProject = { id: string; dataset: { id: string; version: number } };
type TStatus = { kind: "loading" } | { kind: "ready" } | { kind: "done" } | { kind: "error"; message: string };

function preload(project: TProject, item: TAnnotatorItem | null) {
  if (item?.data.kind === "image") new Image().src = fileUrl(project.dataset.id, project.dataset.version, item.data.path);
}

export function useAnnotationQueue(project: TProject) {
  const [current, setCurrent] = useState<TAnnotatorItem | null>(null);
  const [remaining, setRemaining] = useState<number | null>(null);
  const [status, setStatus] = useState<TStatus>({ kind: "loading" });
  const [history, setHistory] = useState<string[]>([]);
  const [isBusy, setIsBusy] = useState(false);
  const upcoming = useRef<Promise<TNextItemAnswer | null> | null>(null);
  const requests = useLabelingRequests(project.id);

  const claim = useCallback(
    async (exclude: string[]) => {
      const answer = await requests.next(exclude);
      if (!answer.ok) throw new Error(answer.message);
      return answer.data;
    },
    [requests],
  );

  const prefetchAfter = useCallback(
    (item: TAnnotatorItem | null) => {
      upcoming.current = item
        ? claim([item.id]).then(
            (answer) => (preload(project, answer.item), answer),
            () => null,
          )
        : null;
    },
    [claim, project],
  );

  const show = useCallback(
    (answer: TNextItemAnswer) => {
      setCurrent(answer.item);
      setRemaining(answer.remaining);
      setStatus(answer.item ? { kind: "ready" } : { kind: "done" });
      prefetchAfter(answer.item);
    },
    [prefetchAfter],
  );

  const advance = useCallback(async () => {
    // The prefetched item is held for us: asking again returns it, or a fresh one if it failed.
    const prefetched = await upcoming.current;
    show(prefetched?.item ? prefetched : await claim([]));
  }, [claim, show]);

  useEffect(() => {
    claim([]).then(show, (error: Error) => setStatus({ kind: "error", message: error.message }));
  }, [claim, show]);

  const answer = useCallback(
    async (body: { action: "submit"; result: TResult; leadTimeMs: number } | { action: "skip" }) => {
      if (!current) return;
      setIsBusy(true);
      try {
        const sent = await requests.answer(current.id, body);
        if (!sent.ok) return setStatus({ kind: "error", message: sent.message });
        if (body.action === "submit") setHistory((h) => [...h.filter((id) => id !== current.id), current.id]);
        await advance();
      } catch (error) {
        setStatus({ kind: "error", message: (error as Error).message });
      } finally {
        setIsBusy(false);
      }
    },
    [advance, current, requests],
  );

  const back = useCallback(async () => {
    const previousId = history[history.length - 1];
    if (!previousId) return;
    setIsBusy(true);
    try {
      const item = await fetchJson<TAnnotatorItem>(`/api/v1/labeling/projects/${project.id}/items/${previousId}`);
      setHistory((h) => h.slice(0, -1));
      setCurrent(item);
      setStatus({ kind: "ready" });
    } catch (error) {
      setStatus({ kind: "error", message: (error as Error).message });
    } finally {
      setIsBusy(false);
    }
  }, [history, project.id]);

  const retry = useCallback(() => {
    setStatus({ kind: "loading" });
    claim([]).then(show, (error: Error) => setStatus({ kind: "error", message: error.message }));
  }, [claim, show]);

  return { current, remaining, status, isBusy, canGoBack: history.length > 0, submit: answer, back, retry };
}
