"use client";
import { useRouter } from "next/navigation";
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

/** Re-renders the page's server data when the event arrives, and shows whether it will. */
export function LiveRefresh({ event, room = TEAM_ROOM }: { event: TStudioOutboundEvent; room?: TRoom }) {
  const router = useRouter();
  const status = useRoomEvent(room, event, () => router.refresh());
  return <LiveIndicator status={status} />;
}
