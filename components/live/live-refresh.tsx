"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { TEAM_ROOM, type TRoom, type TStudioOutboundEvent } from "@/lib/protocol/studio-events";
import { useRoomEvent, type TLiveStatus } from "./use-room-event";
import styles from "./live-refresh.module.css";

const LABEL: Record<TLiveStatus, string> = {
  connecting: "Connecting…",
  live: "Live",
  offline: "Offline: reload for updates",
};

/** Whether a page's live subscription is up: a dot and a word. */
export function LiveIndicator({ status }: { status: TLiveStatus }) {
  return (
    <span className={`${styles.indicator} ${styles[status]}`} data-live-status={status} role="status">
      <span className={styles.dot} aria-hidden="true" />
      {LABEL[status]}
    </span>
  );
}

type TLiveRefreshProps = {
  event: TStudioOutboundEvent;
  room?: TRoom;
  /** At most one refresh this often (the last event always refreshes): for events that come many a second. */
  throttleMs?: number;
};

/** Re-renders the page's server data when the event arrives, and shows whether it will. */
export function LiveRefresh({ event, room = TEAM_ROOM, throttleMs = 0 }: TLiveRefreshProps) {
  const router = useRouter();
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(pending.current), []);
  const status = useRoomEvent(room, event, () => {
    if (pending.current) return; // a refresh is due already and will read this event's change
    const wait = Math.max(0, last.current + throttleMs - Date.now());
    pending.current = setTimeout(() => {
      pending.current = undefined;
      last.current = Date.now();
      router.refresh();
    }, wait);
  });
  // What changed between the render and the join (or while the socket was down) came to
  // nobody: read the page again each time the room is live.
  useEffect(() => {
    if (status === "live") router.refresh();
  }, [status, router]);
  return <LiveIndicator status={status} />;
}
