// Who sends an event on a /studio socket: read once and kept on the socket, instead of one
// query before every event (it was a quarter of the path from Shift+Enter to the kernel).
// What can make a kept actor wrong is a membership change (a role changed, a member
// removed); those call noteMembershipChange(), and every socket of every replica reads its
// actor again at its next event. So a change still counts from the next event on.
import type { Namespace } from "socket.io";
import type { TActor } from "@/lib/permissions";

const MEMBERSHIP_CHANGED = "memberships:changed";

// Shared through globalThis: server actions run inside Next's bundle, the sockets in server.ts.
const holder = globalThis as unknown as { mlsMembershipEpoch?: number; mlsOtherReplicas?: Namespace };

function bumpMembershipEpoch() {
  holder.mlsMembershipEpoch = (holder.mlsMembershipEpoch ?? 0) + 1;
}

/** With replicas (the Redis adapter): hear of their membership changes, and tell them of ours. */
export function shareMembershipChanges(studio: Namespace) {
  holder.mlsOtherReplicas = studio;
  studio.on(MEMBERSHIP_CHANGED, bumpMembershipEpoch);
}

/** Here and on every other replica. */
export function noteMembershipChange() {
  bumpMembershipEpoch();
  holder.mlsOtherReplicas?.serverSideEmit(MEMBERSHIP_CHANGED);
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
