// Rolls a canary back by itself when its error rate over the last minute passes its
// endpoint's threshold (at least MIN_REQUESTS requests seen, so that one early failure does
// not decide), and says so in the alert feed.
import { db } from "@/lib/db";
import { RUNS_ROOM } from "@/lib/protocol";
import { publishToRoom } from "@/lib/server/publish";
import { keepOnlyDeployment } from "../manage-deployments";

const WINDOW_SECONDS = 60;
const MIN_REQUESTS = 20;

type TCounts = { requests: number; errors: number };
const recent = new Map<string, TCounts[]>(); // deploymentId → the last seconds' counts

export async function watchCanaryErrors(seconds: Array<{ deploymentId: string; endpointId: string; teamId: string; requests: number; errors: number }>) {
  for (const second of seconds) {
    const history = [...(recent.get(second.deploymentId) ?? []), { requests: second.requests, errors: second.errors }].slice(-WINDOW_SECONDS);
    recent.set(second.deploymentId, history);
    const total = history.reduce((sum, c) => ({ requests: sum.requests + c.requests, errors: sum.errors + c.errors }), { requests: 0, errors: 0 });
    if (second.errors === 0 || total.requests < MIN_REQUESTS) continue;
    await rollBackIfCanary(second, total);
  }
}

async function rollBackIfCanary(second: { deploymentId: string; endpointId: string; teamId: string }, total: TCounts) {
  const live = await db.endpointDeployment.findMany({ where: { endpointId: second.endpointId, status: "LIVE" }, orderBy: { createdAt: "asc" }, include: { endpoint: true, modelVersion: { include: { model: true } } } });
  const [primary, canary] = live;
  if (!canary || canary.id !== second.deploymentId) return;
  const rate = total.errors / total.requests;
  if (rate <= canary.endpoint.rollbackErrorRate) return;
  const figures = `${(rate * 100).toFixed(1)}% of its last ${total.requests} requests failed (threshold ${(canary.endpoint.rollbackErrorRate * 100).toFixed(0)}%)`;
  await keepOnlyDeployment(canary.endpoint, primary.id, `Rolled back automatically: ${figures}.`);
  recent.delete(canary.id);
  const title = `${canary.endpoint.name}: canary rolled back`;
  const message = `${canary.modelVersion.model.name} v${canary.modelVersion.number} was rolled back automatically: ${figures}. All traffic goes to the previous version again.`;
  const alert = await db.alert.create({ data: { teamId: second.teamId, title, message } });
  publishToRoom(second.teamId, RUNS_ROOM, "alert:raised", { alertId: alert.id, runId: null, title, message });
}
