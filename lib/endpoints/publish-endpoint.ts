// An endpoint changed (deployments, traffic, a replica's state): the console's live view is
// told, and the gateway's cached routes for the team are dropped.
import { publishToRoom } from "@/lib/server/publish";
import { forgetTeamRoutes } from "./route-cache";

export function publishEndpointChange(teamId: string, endpointId: string) {
  forgetTeamRoutes(teamId);
  publishToRoom(teamId, { kind: "endpoint", id: endpointId }, "endpoint:changed", { endpointId });
  publishToRoom(teamId, { kind: "endpoints" }, "endpoint:changed", { endpointId });
}
