// Who sends an event on a /studio socket: read once and kept on the socket, instead of one
// query before every event (it was a quarter of the path from Shift+Enter to the kernel).
// What can make a kept actor, or a room joined under it, wrong is a membership change (a
// role changed, a member removed): those call noteMembershipChange(), which closes that
// user's /studio sockets on every replica (the Redis adapter carries it). The browser
// connects again at once, and its rooms are authorized again under the new membership.
import { getSocketServer } from "@/lib/server/publish";
import type { TActor } from "@/lib/permissions";

/** Every /studio socket of one user joins this room when it connects. */
export function userSocketsRoom(userId: string) {
  return `user:${userId}`;
}

export function noteMembershipChange(userId: string) {
  getSocketServer()?.of("/studio").in(userSocketsRoom(userId)).disconnectSockets(true);
}

export type TKeptActor = Promise<TActor | null>;

/** The socket's actor, read with `read` the first time (and again after a failed read). */
export function socketActor(kept: { actor?: TKeptActor }, read: () => Promise<TActor | null>) {
  if (!kept.actor) {
    const actor = read();
    kept.actor = actor;
    actor.catch(() => kept.actor === actor && delete kept.actor);
  }
  return kept.actor;
}
