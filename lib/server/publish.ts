// Lets lib code (running inside Next's bundle) reach the socket.io server that server.ts
// created. Next bundles route code separately from server.ts, so the instance is shared
// through globalThis. With the Redis adapter an emit reaches every replica's sockets.
import type { Server } from "socket.io";
import { roomName, type TRoom, type TStudioOutboundEvent, type TStudioPayload } from "@/lib/protocol";

const holder = globalThis as unknown as { mlsSocketServer?: Server };

export function registerSocketServer(io: Server) {
  holder.mlsSocketServer = io;
}

export function getSocketServer() {
  return holder.mlsSocketServer;
}

/** To every browser in one of the team's rooms (a project, a notebook), on every replica. */
export function publishToRoom<E extends TStudioOutboundEvent>(teamId: string, room: TRoom, event: E, payload: TStudioPayload<E>) {
  holder.mlsSocketServer?.of("/studio").to(roomName(teamId, room)).emit(event, payload);
}
