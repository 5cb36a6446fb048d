// Events on the /studio namespace (browsers). Inbound events are parsed with these
// schemas; anything else is refused.
import { z } from "zod";

export const ZRoom = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("team") }),
  z.object({ kind: z.literal("project"), id: z.string().min(1).max(64) }),
]);
export type TRoom = z.infer<typeof ZRoom>;

/** Browser → server: each event's payload schema. Every one answers through an ack. */
export const STUDIO_INBOUND = {
  "room:join": z.object({ room: ZRoom }),
  "room:leave": z.object({ room: ZRoom }),
} as const;
export type TStudioInboundEvent = keyof typeof STUDIO_INBOUND;

/** Server → browser. */
export const STUDIO_OUTBOUND = {
  "project:created": z.object({ id: z.string(), name: z.string(), slug: z.string() }),
} as const;
export type TStudioOutboundEvent = keyof typeof STUDIO_OUTBOUND;
export type TStudioPayload<E extends TStudioOutboundEvent> = z.infer<(typeof STUDIO_OUTBOUND)[E]>;

export type TAck = { ok: true } | { ok: false; error: string };

export function roomName(teamId: string, room: TRoom) {
  return room.kind === "team" ? `team:${teamId}` : `team:${teamId}:project:${room.id}`;
}
