"use client";
import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useRoomEvents } from "@/components/live/use-room-event";
import type { TMetricPoint } from "@/components/charts/metric-values";
import type { TStudioPayload } from "@/lib/protocol/studio-events";

type TChartStep = { step: number; data: Record<string, unknown> };
export type TRunLive = {
  status: "running" | "finished" | "failed";
  summary: Record<string, unknown>;
  /** Per metric key, the points that arrived since the page loaded, in arrival order. */
  points: Record<string, TMetricPoint[]>;
  /** Per "kind:name", the chart steps that arrived since the page loaded. */
  charts: Record<string, TChartStep[]>;
};

export const chartKey = (kind: string, name: string) => `${kind}:${name}`;

function appendPoints(points: TRunLive["points"], event: TStudioPayload<"run:metrics">) {
  const next = { ...points };
  for (const [key, list] of Object.entries(event.series)) {
    next[key] = [...(next[key] ?? []), ...list.map(([step, time, value]) => ({ step, time, value }))];
  }
  return next;
}

/** A run's live data from its room: status and summary, new metric points and chart steps, rules that fired. */
export function useRunLive(runId: string, initial: Pick<TRunLive, "status" | "summary">) {
  const [live, setLive] = useState<TRunLive>({ ...initial, points: {}, charts: {} });
  const queryClient = useQueryClient();
  const connection = useRoomEvents(
    { kind: "run", id: runId },
    {
      "run:metrics": (event) => setLive((current) => ({ ...current, points: appendPoints(current.points, event) })),
      "run:chart": (event) =>
        setLive((current) => {
          const key = chartKey(event.kind, event.name);
          return { ...current, charts: { ...current.charts, [key]: [...(current.charts[key] ?? []), { step: event.step, data: event.data }] } };
        }),
      "run:state": (event) => setLive((current) => ({ ...current, status: event.status, summary: event.summary })),
      // A rule fired: the rules panel reads them again.
      "alert:raised": () => void queryClient.invalidateQueries({ queryKey: ["run-rules", runId] }),
    },
  );
  // What was logged between the page's render (or a disconnect) and this join came to nobody:
  // each time the room is live, the stored series and charts are read again to cover it.
  useEffect(() => {
    if (connection !== "live") return;
    void queryClient.invalidateQueries({ queryKey: ["run-metric", runId] });
    void queryClient.invalidateQueries({ queryKey: ["run-chart", runId] });
    void queryClient.invalidateQueries({ queryKey: ["run-rules", runId] });
  }, [connection, queryClient, runId]);
  return { live, connection };
}
