// Sends a claimed replica's model to its worker. A worker that cannot be reached gives the
// replica back to the queue; one that refuses it (it says why) marks it crashed.
import { readFile } from "node:fs/promises";
import { artifactPath } from "@/lib/artifacts/artifact-store";
import { db } from "@/lib/db";
import { sendWorkerCommand } from "@/lib/workers/send-worker-command";
import { publishEndpointChange } from "../publish-endpoint";

const START_TIMEOUT_MS = 30_000;

export async function launchReplica(claim: { replicaId: string; workerId: string; hostname: string }) {
  const replica = await db.endpointReplica.findUniqueOrThrow({
    where: { id: claim.replicaId },
    include: { deployment: { include: { modelVersion: true } } },
  });
  const { deployment } = replica;
  const version = deployment.modelVersion;
  publishEndpointChange(replica.teamId, deployment.endpointId);
  const file = await readFile(artifactPath(version.fileKey));
  const answer = await sendWorkerCommand(
    claim.workerId,
    "replica:start",
    {
      replicaId: replica.id,
      flavor: version.flavor as "sklearn" | "xgboost" | "pytorch",
      fileName: version.fileName,
      file: file.toString("base64"),
      signature: version.signature ?? null,
      secret: replica.secret,
      gpus: deployment.gpus,
    },
    { timeoutMs: START_TIMEOUT_MS },
  );
  if (answer.ok) return;
  const isUnreachable = /not connected|did not answer|socket server/.test(answer.error);
  await db.endpointReplica.updateMany({
    where: { id: replica.id, workerId: claim.workerId, status: "STARTING" },
    data: isUnreachable
      ? { status: "PENDING", workerId: null, reason: `Could not reach ${claim.hostname}: ${answer.error}` }
      : { status: "CRASHED", reason: `${claim.hostname} could not start it: ${answer.error}` },
  });
  publishEndpointChange(replica.teamId, deployment.endpointId);
}
