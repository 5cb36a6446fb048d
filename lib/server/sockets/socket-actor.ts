// Who sends an event on a /studio socket: read once and kept on the socket, instead of one
// query before every event (it was a quarter of the path from Shift+Enter to the kernel).
// What can make a kept actor wrong is a membership change (a role changed, a member
// removed); those call noteMembershipChange(), and every socket of every replica reads its
// actor again at its next event. So a change still counts from the next event on.
import type { TActor } from "@/lib/permissions";
import { getSocketServer } from "@/lib/server/publish";

export const MEMBERSHIP_CHANGED = "memberships:changed";

// Shared through globalThis: server actions run inside Next's bundle, the sockets in server.ts.
const holder = globalThis as unknown as { mlsMembershipEpoch?: number };

export function bumpMembershipEpoch() {
  holder.mlsMembershipEpoch = (holder.mlsMembershipEpoch ?? 0) + 1;
}

/** Here and, through the adapter, on every other replica. */
export function noteMembershipChange() {
  bumpMembershipEpoch();
  getSocketServer()?.of("/studio").serverSideEmit(MEMBERSHIP_CHANGED);
}

export type TKeptActor = { epoch: number; actor: Promise<TActor | null> };

/** The socket's actor, read with `read` when none is kept or memberships changed since. */
export function socketActor(kept: { actor?: TKeptActor }, read: () => Promise<TActor | null>) {
  const epoch = holder.mlsMembershipEpoch ?? 0;
  if (kept.actor?.epoch !== epoch) {
    const actor = read();
    kept.actor = { epoch, actor };
    // A failed read is not kept: the next event tries again.
    actor.catch(() => kept.actor?.actor === actor && delete kept.actor);
  }
  return kept.actor.actor;
}
