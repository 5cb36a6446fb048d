"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useRoomEvents } from "@/components/live/use-room-event";
import { toTrafficSeconds, TRAFFIC_WINDOW_SECONDS, type TTrafficSecond } from "./traffic-series";
import { useThrottledCallback } from "./use-throttled-callback";

// The request log is read again at most this often, however fast requests come.
const REQUEST_LOG_EVERY_MS = 2000;

export const trafficQueryKey = (endpointId: string) => ["endpoint-traffic", endpointId] as const;
export const requestsQueryKey = (endpointId: string) => ["endpoint-requests", endpointId] as const;

/**
 * The endpoint's room: a change (a deployment, a split, a replica's state) re-reads the page;
 * each second it serves brings that second's traffic, kept here for the charts; both read the
 * request log again, throttled.
 */
export function useEndpointLive(endpointId: string) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [liveSeconds, setLiveSeconds] = useState<TTrafficSecond[]>([]);
  const refreshLog = useThrottledCallback(() => void queryClient.invalidateQueries({ queryKey: requestsQueryKey(endpointId) }), REQUEST_LOG_EVERY_MS);
  const connection = useRoomEvents(
    { kind: "endpoint", id: endpointId },
    {
      "endpoint:changed": () => {
        router.refresh();
        refreshLog();
      },
      "endpoint:traffic": (event) => {
        const seconds = toTrafficSeconds(event.at, event.deployments);
        const oldest = (seconds[0]?.at ?? 0) - TRAFFIC_WINDOW_SECONDS;
        setLiveSeconds((current) => [...current.filter((second) => second.at > oldest), ...seconds]);
        refreshLog();
      },
    },
  );
  // What happened between the page's render (or a disconnect) and this join came to nobody:
  // each time the room is live, the page, the stored traffic and the log are read again.
  useEffect(() => {
    if (connection !== "live") return;
    router.refresh();
    void queryClient.invalidateQueries({ queryKey: trafficQueryKey(endpointId) });
    void queryClient.invalidateQueries({ queryKey: requestsQueryKey(endpointId) });
  }, [connection, endpointId, queryClient, router]);
  return { connection, liveSeconds };
}
