// One inference request through the gateway: the endpoint's route (cached), the caller's
// permission, a deployment by traffic share, the body read in its protocol and checked
// against the model's signature, then a replica; a replica that cannot be reached is
// skipped for the next one. Every request is counted for the live charts; a sampled share
// and every failure are kept.
import { can, type TActor } from "@/lib/permissions";
import { checkAgainstSignature } from "../inference/check-signature";
import { toMlflowResponse, toV2Response, type TV2InferResponse } from "../inference/format-responses";
import { InferenceError } from "../inference/inference-error";
import { parseMlflowRequest } from "../inference/parse-mlflow-request";
import { parseV2Request, type TV2InferRequest } from "../inference/parse-v2-request";
import { keepRequest } from "./capture-requests";
import { chooseDeployment, replicaOrder } from "./choose-deployment";
import { forwardToReplica } from "./forward-to-replica";
import { loadEndpointRoute, type TEndpointRoute, type TRouteDeployment } from "./load-endpoint-route";
import { recordRequest } from "./traffic-stats";

export type TGatewayProtocol = "v2" | "mlflow";
export type TGatewayAnswer = { status: number; body: unknown };

const fail = (status: number, error: string): TGatewayAnswer => ({ status, body: { error } });

/** Why no deployment can answer now, in words for the caller. */
function describeUnavailable(route: TEndpointRoute) {
  const waiting = route.deployments.reduce((sum, d) => sum + d.waitingReplicas, 0);
  if (route.deployments.length === 0) return `The endpoint "${route.name}" serves no model version.`;
  return waiting ? `No replica of "${route.name}" is ready yet (${waiting} starting or restarting); try again shortly.` : `The endpoint "${route.name}" has no replica running.`;
}

/** The request's inputs as columns, for monitoring: a [n, k] tensor becomes k columns. */
function inputColumns(request: TV2InferRequest) {
  const columns: Record<string, unknown[]> = {};
  for (const tensor of request.inputs) {
    const width = tensor.shape.length === 2 ? tensor.shape[1] : 1;
    if (width === 1) columns[tensor.name] = tensor.data;
    else for (let j = 0; j < width; j++) columns[`${tensor.name}_${j}`] = tensor.data.filter((_, i) => i % width === j);
  }
  return columns;
}

export async function invokeEndpoint(caller: TActor, options: { name: string; protocol: TGatewayProtocol; body: unknown }): Promise<TGatewayAnswer> {
  const started = performance.now();
  const route = await loadEndpointRoute(caller.teamId, options.name);
  if (!route || !can(caller, "endpoint.read", route)) return fail(404, `No endpoint named "${options.name}".`);
  if (!can(caller, "endpoint.invoke", route)) return fail(403, "Your role or token does not allow calling endpoints.");
  const deployment = chooseDeployment(route.deployments);
  if (!deployment) return fail(503, describeUnavailable(route));

  // `captured` builds the columns to keep only for the sampled share: not on every request.
  const finish = (answer: TGatewayAnswer, captured?: () => { inputs: Record<string, unknown[]>; outputs: unknown }) => {
    const latencyMs = performance.now() - started;
    const isError = answer.status >= 500;
    recordRequest({ teamId: route.teamId, endpointId: route.endpointId, deploymentId: deployment.id, latencyMs, isError });
    const isCaptured = answer.status < 400 && Math.random() * 100 < route.capturePercent;
    if (isCaptured || answer.status >= 400) {
      const error = answer.status >= 400 ? String((answer.body as { error?: unknown }).error ?? "") : undefined;
      const kept = isCaptured && captured ? captured() : undefined;
      keepRequest({ endpointId: route.endpointId, deploymentId: deployment.id, protocol: options.protocol, status: answer.status, latencyMs, at: new Date(), error, ...(kept && { inputs: kept.inputs as never, outputs: kept.outputs as never }) });
    }
    return answer;
  };

  let request: TV2InferRequest;
  try {
    request = options.protocol === "v2" ? parseV2Request(options.body) : parseMlflowRequest(options.body, deployment.signature);
    checkAgainstSignature(request, deployment.signature);
  } catch (error) {
    if (error instanceof InferenceError) return finish(fail(error.status, error.message));
    throw error;
  }
  const answer = await sendToReplicas(deployment, JSON.stringify(request));
  if (answer.status !== 200) return finish(answer);
  const response = answer.body as TV2InferResponse;
  const body = options.protocol === "v2" ? toV2Response(response, route.name, String(deployment.versionNumber)) : toMlflowResponse(response);
  return finish({ status: 200, body }, () => ({ inputs: inputColumns(request), outputs: Object.fromEntries(response.outputs.map((o) => [o.name, o.data])) }));
}

async function sendToReplicas(deployment: TRouteDeployment, body: string): Promise<TGatewayAnswer> {
  const failures: string[] = [];
  for (const replica of replicaOrder(deployment)) {
    const answer = await forwardToReplica(replica, body);
    if (answer.kind === "unreachable") {
      failures.push(answer.error);
      continue; // the process died: its worker restarts it; the next replica answers
    }
    const parsed = JSON.parse(answer.body) as Record<string, unknown>;
    if (answer.status === 200) return { status: 200, body: parsed };
    // The model refused these values (its own checks, past the signature's).
    if (answer.status === 400) return fail(422, `The model could not use this input: ${String(parsed.error)}`);
    return fail(500, `The model failed: ${String(parsed.error ?? answer.status)}`);
  }
  return fail(503, `No replica of ${deployment.modelName} v${deployment.versionNumber} could be reached (${failures.length} tried: ${failures.at(-1)}); it is being restarted.`);
}
