// The inference gateway, served by server.ts ahead of Next (whose request handling costs
// milliseconds this path cannot spend):
//   GET  /v2/health/live, /v2/health/ready          Open Inference Protocol (KServe V2)
//   GET  /v2/models/{name}, /v2/models/{name}/ready
//   POST /v2/models/{name}/infer
//   POST /api/v1/endpoints/{name}/invocations       MLflow's scoring formats
// Answers JSON; errors are { error } with a 4xx/5xx status, as both protocols' clients expect.
import type { IncomingMessage, ServerResponse } from "node:http";
import { can } from "@/lib/permissions";
import { describeV2Model } from "../inference/describe-v2-model";
import { authenticateGatewayCaller } from "./authenticate-gateway-caller";
import { invokeEndpoint, type TGatewayAnswer, type TGatewayProtocol } from "./invoke-endpoint";
import { loadEndpointRoute } from "./load-endpoint-route";

export const MAX_INFERENCE_BODY_BYTES = 32 * 2 ** 20;

const INFER = /^\/v2\/models\/([^/]+)\/infer$/;
const MODEL = /^\/v2\/models\/([^/]+)(\/ready)?$/;
const INVOCATIONS = /^\/api\/v1\/endpoints\/([^/]+)\/invocations$/;

export function isGatewayPath(url: string) {
  const path = url.split("?", 1)[0];
  return path.startsWith("/v2/") || INVOCATIONS.test(path);
}

function send(res: ServerResponse, answer: TGatewayAnswer) {
  const body = JSON.stringify(answer.body);
  res.writeHead(answer.status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "cache-control": "no-store" });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_INFERENCE_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

async function readJson(req: IncomingMessage): Promise<{ body: unknown } | TGatewayAnswer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_INFERENCE_BODY_BYTES) return { status: 413, body: { error: `A request body may be up to ${MAX_INFERENCE_BODY_BYTES / 2 ** 20} MiB.` } };
  const type = req.headers["content-type"] ?? "application/json";
  if (!/^application\/json\b/.test(type)) return { status: 415, body: { error: `Send JSON (Content-Type: application/json), not ${type}.` } };
  const raw = await readBody(req);
  if (!raw) return { status: 413, body: { error: `A request body may be up to ${MAX_INFERENCE_BODY_BYTES / 2 ** 20} MiB.` } };
  try {
    return { body: JSON.parse(raw.toString("utf8")) };
  } catch {
    return { status: 400, body: { error: "The body is not valid JSON." } };
  }
}

async function route(req: IncomingMessage, path: string): Promise<TGatewayAnswer> {
  if (req.method === "GET" && (path === "/v2/health/live" || path === "/v2/health/ready")) return { status: 200, body: { live: true, ready: true } };
  const actor = await authenticateGatewayCaller(req.headers, req.method);
  if (!actor) return { status: 401, body: { error: "Send an API token: Authorization: Bearer mls_… (Settings → API tokens)." } };
  const infer = INFER.exec(path) ?? INVOCATIONS.exec(path);
  if (infer) {
    if (req.method !== "POST") return { status: 405, body: { error: "Use POST." } };
    const parsed = await readJson(req);
    if ("status" in parsed) return parsed;
    const protocol: TGatewayProtocol = path.startsWith("/v2/") ? "v2" : "mlflow";
    return invokeEndpoint(actor, { name: decodeURIComponent(infer[1]), protocol, body: parsed.body });
  }
  const model = MODEL.exec(path);
  if (model && req.method === "GET") {
    const name = decodeURIComponent(model[1]);
    const endpoint = await loadEndpointRoute(actor.teamId, name);
    if (!endpoint || !can(actor, "endpoint.read", endpoint)) return { status: 404, body: { error: `No endpoint named "${name}".` } };
    const primary = endpoint.deployments.find((d) => d.trafficPercent > 0) ?? endpoint.deployments[0];
    const isReady = endpoint.deployments.some((d) => d.replicas.length > 0);
    if (model[2]) return { status: isReady ? 200 : 503, body: { name, ready: isReady } };
    if (!primary) return { status: 503, body: { error: `The endpoint "${name}" serves no model version.` } };
    return { status: 200, body: describeV2Model({ name, version: String(primary.versionNumber), platform: primary.flavor, signature: primary.signature }) };
  }
  return { status: 404, body: { error: `Nothing at ${path}.` } };
}

export async function handleGatewayRequest(req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? "/", "http://gateway").pathname;
  try {
    send(res, await route(req, path));
  } catch (error) {
    console.error(`[gateway] ${req.method} ${path} failed`, error);
    send(res, { status: 500, body: { error: "The gateway failed unexpectedly; see the studio's log." } });
  }
}
