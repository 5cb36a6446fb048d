import { useEffect, useRef, useState } from "react";
import { io } from "socket.io-client";
import { STUDIO_OUTBOUND, type TAck, type TRoom, type TStudioOutboundEvent, type TStudioPayload } from "@/lib/protocol/studio-events";

export type TLiveStatus = "connecting" | "live" | "offline";

/**
 * Listens to one event of a room (the team's, its workers') on the /studio socket, and tells
 * whether the subscription is live. The session cookie authenticates the socket; joining
 * checks that the user may see the room.
 */
export function useRoomEvent<E extends TStudioOutboundEvent>(room: TRoom, event: E, onEvent: (payload: TStudioPayload<E>) => void) {
  const [status, setStatus] = useState<TLiveStatus>("connecting");
  // The latest handler, without reconnecting each time the caller re-renders.
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  // A room literal is a new object on each render: connect again only when it really changes.
  const roomKey = JSON.stringify(room);

  useEffect(() => {
    const socket = io("/studio", { withCredentials: true });
    // Rooms belong to one connection: join again after every reconnect.
    socket.on("connect", () => {
      socket.emit("room:join", { room: JSON.parse(roomKey) }, (ack: TAck) => setStatus(ack.ok ? "live" : "offline"));
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
  }, [event, roomKey]);

  return status;
}
