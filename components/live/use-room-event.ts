import { useEffect, useRef, useState } from "react";
import { openStudioSocket } from "./open-studio-socket";
import { STUDIO_OUTBOUND, type TAck, type TRoom, type TStudioOutboundEvent, type TStudioPayload } from "@/lib/protocol/studio-events";

export type TLiveStatus = "connecting" | "live" | "offline";

export type TRoomHandlers = { [E in TStudioOutboundEvent]?: (payload: TStudioPayload<E>) => void };

/**
 * Listens to events of a room (the team's, its workers', a run's) on one /studio socket, and
 * tells whether the subscription is live. The session cookie authenticates the socket;
 * joining checks that the user may see the room.
 */
export function useRoomEvents(room: TRoom, handlers: TRoomHandlers) {
  const [status, setStatus] = useState<TLiveStatus>("connecting");
  // The latest handlers, without reconnecting each time the caller re-renders.
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  // A room literal is a new object on each render: connect again only when it really changes.
  const roomKey = JSON.stringify(room);
  const eventsKey = Object.keys(handlers).sort().join(",");

  useEffect(() => {
    const socket = openStudioSocket();
    // Rooms belong to one connection: join again after every reconnect.
    socket.on("connect", () => {
      socket.emit("room:join", { room: JSON.parse(roomKey) }, (ack: TAck) => setStatus(ack.ok ? "live" : "offline"));
    });
    socket.on("disconnect", () => setStatus("connecting"));
    socket.on("connect_error", () => setStatus("offline"));
    for (const event of eventsKey.split(",") as TStudioOutboundEvent[]) {
      socket.on(event as string, (payload: unknown) => {
        const parsed = STUDIO_OUTBOUND[event].safeParse(payload);
        const handler = current.current[event] as ((payload: unknown) => void) | undefined;
        if (parsed.success) handler?.(parsed.data);
      });
    }
    return () => {
      socket.disconnect();
    };
  }, [eventsKey, roomKey]);

  return status;
}

export function useRoomEvent<E extends TStudioOutboundEvent>(room: TRoom, event: E, onEvent: (payload: TStudioPayload<E>) => void) {
  return useRoomEvents(room, { [event]: onEvent } as TRoomHandlers);
}
