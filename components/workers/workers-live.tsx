"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useRoomEvent } from "@/components/live/use-room-event";
import { WORKERS_ROOM } from "@/lib/protocol/studio-events";
import { Card } from "@/components/ui/card";
import { WorkerTable } from "./worker-table";
import { toLoadSample, type TLoadSample, type TWorkerView } from "./worker-view";
import styles from "./workers.module.css";

const WINDOW_MS = 5 * 60_000;
const REFRESH_EVERY_MS = 15_000;

/**
 * The team's workers, live: each heartbeat's load is added to its worker's sparklines at once;
 * a worker coming or going re-reads the page, and so, every few seconds, do kernels and times.
 */
export function WorkersLive({ workers, description }: { workers: TWorkerView[]; description: string }) {
  const router = useRouter();
  const [live, setLive] = useState<Record<string, TLoadSample[]>>({});
  const lastRefresh = useRef(0);

  const status = useRoomEvent(WORKERS_ROOM, "worker:changed", (event) => {
    const worker = workers.find((candidate) => candidate.id === event.workerId);
    if (event.utilisation && worker) {
      const sample = toLoadSample(event.utilisation, worker.memoryBytes);
      setLive((current) => ({ ...current, [worker.id]: [...(current[worker.id] ?? []), sample].filter((s) => s.at > sample.at - WINDOW_MS) }));
    }
    const now = Date.now();
    if (!worker || (event.status && event.status !== worker.status) || now - lastRefresh.current > REFRESH_EVERY_MS) {
      lastRefresh.current = now;
      router.refresh();
    }
  });

  // The page's read brings its own history; live samples extend it past its newest.
  const merged = workers.map((worker) => {
    const newest = worker.history.at(-1)?.at ?? 0;
    return { ...worker, history: [...worker.history, ...(live[worker.id] ?? []).filter((sample) => sample.at > newest)] };
  });
  return (
    <Card
      title="Workers"
      description={description}
      isFlush
      actions={
        <span className={`${styles.liveStatus} ${status === "live" ? styles.live : status === "offline" ? styles.liveOffline : ""}`} data-live-status={status} role="status">
          <span className={styles.liveDot} aria-hidden="true" />
          {status === "live" ? "Live" : status === "connecting" ? "Connecting…" : "Offline: reload for updates"}
        </span>
      }
    >
      <WorkerTable workers={merged} />
    </Card>
  );
}
