// Which deployment serves a request: drawn by traffic share among those with a ready replica
// (a canary whose replicas are still starting sends its share to the other); and which of its
// replicas, in turn.
import type { TRouteDeployment, TRouteReplica } from "./load-endpoint-route";

export function chooseDeployment(deployments: TRouteDeployment[], draw = Math.random()): TRouteDeployment | null {
  const serving = deployments.filter((d) => d.replicas.length > 0 && d.trafficPercent > 0);
  const total = serving.reduce((sum, d) => sum + d.trafficPercent, 0);
  if (total === 0) return deployments.find((d) => d.replicas.length > 0) ?? null;
  let point = draw * total;
  for (const deployment of serving) {
    point -= deployment.trafficPercent;
    if (point < 0) return deployment;
  }
  return serving.at(-1)!;
}

const turns = new Map<string, number>();

/** The deployment's replicas in the order to try them: the next in turn first, then the rest. */
export function replicaOrder(deployment: TRouteDeployment): TRouteReplica[] {
  const { replicas } = deployment;
  const turn = (turns.get(deployment.id) ?? 0) % replicas.length;
  turns.set(deployment.id, turn + 1);
  return [...replicas.slice(turn), ...replicas.slice(0, turn)];
}
