import { useEffect, useRef, useState } from "react";
import type { Socket } from "socket.io-client";
import { STUDIO_OUTBOUND, type TStudioOutboundEvent, type TStudioPayload } from "@/lib/protocol/studio-events";
import type { TLiveStatus } from "@/components/live/use-room-event";
import { openStudioSocket } from "@/components/live/open-studio-socket";
import type { NotebookController, TAckResult } from "./notebook-controller";

type THandlers = {
  /** The room was (re)joined: read the notebook again if something may have been missed. */
  onJoined: (isFirst: boolean) => void;
  onCellsChanged: () => void;
};

/**
 * The notebook's live connection: joins its room (again after every reconnect), feeds
 * kernel, execution and output events into the store, and lends the controller a way to
 * send events and wait for their answers.
 */
export function useNotebookSocket(controller: NotebookController, handlers: THandlers) {
  const [status, setStatus] = useState<TLiveStatus>("connecting");
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const { notebookId, store } = controller;
    const socket: Socket = openStudioSocket();
    let joins = 0;

    function on<E extends TStudioOutboundEvent>(event: E, handle: (payload: TStudioPayload<E>) => void) {
      socket.on(event as string, (raw: unknown) => {
        const parsed = STUDIO_OUTBOUND[event].safeParse(raw);
        if (!parsed.success) return console.warn(`Ignored a malformed "${event}"`, parsed.error.issues[0]);
        const payload = parsed.data as TStudioPayload<E>;
        if ("notebookId" in payload && payload.notebookId !== notebookId) return;
        handle(payload);
      });
    }

    socket.on("connect", () => {
      // Keep what arrives from now on, to replay over a re-read of the notebook.
      store.beginSync();
      socket.emit("room:join", { room: { kind: "notebook", id: notebookId } }, (ack: TAckResult) => {
        setStatus(ack.ok ? "live" : "offline");
        if (!ack.ok) return store.endSync();
        latest.current.onJoined(joins++ === 0);
      });
    });
    socket.on("disconnect", () => setStatus("connecting"));
    socket.on("connect_error", () => setStatus("offline"));
    on("notebook:kernel", (payload) => store.enqueue({ kind: "kernel", payload }));
    on("notebook:execution", (payload) => store.enqueue({ kind: "execution", payload }));
    on("notebook:output", (payload) => store.enqueue({ kind: "output", payload }));
    on("notebook:cell-saved", (payload) => controller.receiveSave(payload));
    on("notebook:cells-changed", () => latest.current.onCellsChanged());

    controller.setRequest(async (event, payload, timeoutMs = 15_000) => {
      if (!socket.connected) return { ok: false, error: "not connected to the studio (reconnecting…)" };
      try {
        return await socket.timeout(timeoutMs).emitWithAck(event, payload);
      } catch {
        return { ok: false, error: "the studio did not answer in time" };
      }
    });

    return () => {
      socket.disconnect();
    };
  }, [controller]);

  return status;
}
