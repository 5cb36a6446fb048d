// Each deployment's name and colour, the same in the traffic bar, the charts and the request log.
import { seriesColour } from "@/components/charts/series-colours";
import { versionName } from "@/components/models/format-model";
import type { TEndpointView } from "@/lib/endpoints/get-endpoint";
import type { TDeploymentSeries } from "./traffic-series";

/** Oldest first, live and retired alike: a deployment keeps its colour when it is promoted or retired. */
export function deploymentSeries(endpoint: Pick<TEndpointView, "live" | "retired">): TDeploymentSeries[] {
  const all = [...endpoint.live.map((d) => ({ d, isRetired: false })), ...endpoint.retired.map((d) => ({ d, isRetired: true }))];
  all.sort((a, b) => new Date(a.d.createdAt).getTime() - new Date(b.d.createdAt).getTime());
  return all.map(({ d, isRetired }, index) => ({
    deploymentId: d.id,
    label: `${versionName(d.model.name, d.model.number)}${isRetired ? " (retired)" : ""}`,
    colour: seriesColour(index),
  }));
}
