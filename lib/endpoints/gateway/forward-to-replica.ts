// Sends a V2 inference request to one model server over a kept-alive connection. A refused or
// reset connection (the process died) is told apart from an answer, so the gateway can try
// another replica: inference is idempotent, so a retry never does anything twice.
import http from "node:http";
import type { TRouteReplica } from "./load-endpoint-route";

const agent = new http.Agent({ keepAlive: true, maxSockets: 64, keepAliveMsecs: 10_000 });
const REQUEST_TIMEOUT_MS = 60_000;

export type TReplicaAnswer = { kind: "answer"; status: number; body: string } | { kind: "unreachable"; error: string };

export function forwardToReplica(replica: TRouteReplica, body: string): Promise<TReplicaAnswer> {
  return new Promise((resolve) => {
    const request = http.request(
      `${replica.url}/infer`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-replica-secret": replica.secret },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ kind: "answer", status: response.statusCode ?? 502, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", (error) => resolve({ kind: "unreachable", error: error.message }));
      },
    );
    request.setNoDelay(true);
    request.on("timeout", () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    request.on("error", (error) => resolve({ kind: "unreachable", error: error.message }));
    request.end(body);
  });
}
