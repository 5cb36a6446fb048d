// A sweep changed: its page and the sweeps list read it again.
import { SWEEPS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";

export function publishSweepChange(teamId: string, sweepId: string) {
  publishToRoom(teamId, { kind: "sweep", id: sweepId }, "sweep:changed", { sweepId });
  publishToRoom(teamId, SWEEPS_ROOM, "sweep:changed", { sweepId });
}
