"use client";
// How the annotator view asks for items and sends answers: over the studio's socket when it
// is connected (no HTTP request per item), over REST otherwise. Same functions behind both.
import { useEffect, useMemo, useRef } from "react";
import type { Socket } from "socket.io-client";
import type { TResult } from "@/lib/labeling/results";
import type { TNextItemAnswer } from "@/lib/labeling/schemas";
import { postJson } from "@/components/forms/request-result";
import { openStudioSocket } from "@/components/live/open-studio-socket";

type TAnswerBody = { action: "submit"; result: TResult; leadTimeMs: number } | { action: "skip" };
type TOutcome<T> = { ok: true; data: T } | { ok: false; message: string };
type TSocketAck<T> = { ok: true; data: T } | { ok: false; error: string };

const TIMEOUT_MS = 15_000;

export function useLabelingRequests(projectId: string) {
  const socket = useRef<Socket | null>(null);
  useEffect(() => {
    const opened = openStudioSocket();
    socket.current = opened;
    return () => {
      opened.disconnect();
      socket.current = null;
    };
  }, []);

  return useMemo(() => {
    async function ask<T>(event: string, payload: unknown, url: string, body: unknown): Promise<TOutcome<T>> {
      const live = socket.current;
      if (live?.connected) {
        try {
          const ack = (await live.timeout(TIMEOUT_MS).emitWithAck(event, payload)) as TSocketAck<T>;
          return ack.ok ? { ok: true, data: ack.data } : { ok: false, message: ack.error };
        } catch {
          // No answer in time: REST below tries again.
        }
      }
      const answer = await postJson<T>(url, body);
      return answer.ok ? { ok: true, data: answer.data } : { ok: false, message: answer.error.message };
    }
    const base = `/api/v1/labeling/projects/${projectId}`;
    return {
      next: (exclude: string[]) => ask<TNextItemAnswer>("labeling:next", { projectId, exclude }, `${base}/next`, { exclude }),
      answer: (itemId: string, body: TAnswerBody) => ask<{ annotationId: string }>("labeling:submit", { projectId, itemId, body }, `${base}/items/${itemId}/annotation`, body),
    };
  }, [projectId]);
}
