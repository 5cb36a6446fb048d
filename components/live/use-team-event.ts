import { useEffect, useRef, useState } from "react";
import { io } from "socket.io-client";
import { STUDIO_OUTBOUND, type TAck, type TStudioOutboundEvent, type TStudioPayload } from "@/lib/protocol/studio-events";

export type TLiveStatus = "connecting" | "live" | "offline";

/**
 * Listens to one event of the team's room on the /studio socket, and tells whether the
 * subscription is live. The session cookie authenticates the socket.
 */
export function useTeamEvent<E extends TStudioOutboundEvent>(event: E, onEvent: (payload: TStudioPayload<E>) => void) {
  const [status, setStatus] = useState<TLiveStatus>("connecting");
  // The latest handler, without reconnecting each time the caller re-renders.
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });

  useEffect(() => {
    const socket = io("/studio", { withCredentials: true });
    // Rooms belong to one connection: join again after every reconnect.
    socket.on("connect", () => {
      socket.emit("room:join", { room: { kind: "team" } }, (ack: TAck) => setStatus(ack.ok ? "live" : "offline"));
    });
    socket.on("disconnect", () => setStatus("connecting"));
    socket.on("connect_error", () => setStatus("offline"));
    socket.on(event as string, (payload: unknown) => {
      const parsed = STUDIO_OUTBOUND[event].safeParse(payload);
      if (parsed.success) handler.current(parsed.data as TStudioPayload<E>);
    });
    return () => {
      socket.disconnect();
    };
  }, [event]);

  return status;
}
