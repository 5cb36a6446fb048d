// What each inbound /studio event does, as plain functions of (actor, payload), so that
// permissions.test.ts can call every one for every role without a socket.
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize, authorizeInTeam, requireActor } from "@/lib/auth/authorize";
import { STUDIO_INBOUND, roomName, type TRoom, type TStudioInboundEvent } from "@/lib/protocol";
import type { TActor } from "@/lib/permissions";

type TEffect = { join?: string; leave?: string };
type THandler<E extends TStudioInboundEvent> = (
  actor: TActor | null,
  payload: z.infer<(typeof STUDIO_INBOUND)[E]>,
) => Promise<TEffect>;

async function authorizeRoom(actor: TActor | null, room: TRoom) {
  if (room.kind === "team") return authorizeInTeam(actor, "team.read");
  const { teamId } = requireActor(actor);
  const project = await db.project.findFirst({ where: { id: room.id, teamId } });
  if (!project) throw new AppError("not_found", "Not found.");
  return authorize(actor, "project.read", project);
}

export const STUDIO_HANDLERS: { [E in TStudioInboundEvent]: THandler<E> } = {
  "room:join": async (actor, { room }) => {
    const { teamId } = await authorizeRoom(actor, room);
    return { join: roomName(teamId, room) };
  },
  "room:leave": async (actor, { room }) => {
    const { teamId } = authorizeInTeam(actor, "team.read");
    return { leave: roomName(teamId, room) };
  },
};
