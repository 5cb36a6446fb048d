// Makes a new version of a named model (the model too, the first time) from a model a run
// logged or from an uploaded file. Versions are numbered 1, 2, … per model; the model's row is
// locked while the next number is taken, so two registrations never get the same one.
import { readFile } from "node:fs/promises";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { artifactPath, writeArtifact } from "@/lib/artifacts/artifact-store";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { findOwnUpload } from "@/lib/datasets/find-own-upload";
import { uploadFilePath } from "@/lib/datasets/upload-storage";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { artifactKey } from "@/lib/runs/store-run-records";
import { MAX_MODEL_BYTES, modelFileKey, modelFileName } from "./model-storage";
import { ZModelFlavor, ZModelSignature, type TRegisterModelVersionBody } from "./schemas";

type TModelFile = { flavor: string; signature: Prisma.InputJsonValue | null; data: Buffer; givenName: string; runId?: string; runArtifactPath?: string; metrics: Prisma.InputJsonValue };

async function fileFromRun(teamId: string, runId: string, path: string): Promise<TModelFile> {
  const artifact = await db.runArtifact.findFirst({ where: { runId, path, run: { teamId } }, include: { run: { select: { summary: true, metrics: { select: { key: true, lastValue: true } } } } } });
  if (!artifact) throw new AppError("not_found", `The run has no file "${path}".`);
  const model = ZModelFileInfo.safeParse(artifact.model);
  if (!model.success) throw new AppError("bad_input", `"${path}" is not a model: log one with run.log_model(model).`);
  const data = await readFile(artifactPath(artifactKey(runId, path)));
  return { flavor: model.data.flavor, signature: model.data.signature ?? null, data, givenName: path, runId, runArtifactPath: path, metrics: snapshotMetrics(artifact.run) };
}

// Each metric's last value, then what the run's summary says (it wins where both name a key).
function snapshotMetrics(run: { summary: Prisma.JsonValue; metrics: Array<{ key: string; lastValue: number | null }> }): Prisma.InputJsonObject {
  const last = Object.fromEntries(run.metrics.filter((m) => m.lastValue !== null).map((m) => [m.key, m.lastValue]));
  const summary = run.summary && typeof run.summary === "object" && !Array.isArray(run.summary) ? run.summary : {};
  return { ...last, ...summary } as Prisma.InputJsonObject;
}

// What run.log_model stored beside the file (see the SDK's log_model).
const ZModelFileInfo = z.object({ flavor: ZModelFlavor, signature: ZModelSignature.nullable().optional() });

async function fileFromUpload(actor: TActor, uploadId: string, flavor: string, signature: Prisma.InputJsonValue | null): Promise<TModelFile> {
  const upload = await findOwnUpload(actor, uploadId);
  if (upload.receivedBytes < upload.sizeBytes) throw new AppError("conflict", `"${upload.fileName}" has not finished uploading.`);
  const data = await readFile(uploadFilePath(upload.id));
  return { flavor, signature, data, givenName: upload.fileName, metrics: {} };
}

export async function registerModelVersion(actor: TActor | null, input: TRegisterModelVersionBody) {
  const caller = authorizeInTeam(actor, "model.manage");
  const { source } = input;
  const file =
    source.kind === "run"
      ? await fileFromRun(caller.teamId, source.runId, source.artifactPath)
      : await fileFromUpload(caller, source.uploadId, source.flavor, source.signature ?? null);
  if (file.data.length > MAX_MODEL_BYTES) throw new AppError("payload_too_large", `A model file may be up to ${MAX_MODEL_BYTES / 2 ** 20} MiB; this one is ${(file.data.length / 2 ** 20).toFixed(1)} MiB.`);
  if (input.datasetVersionId) {
    const dataset = await db.datasetVersion.findFirst({ where: { id: input.datasetVersionId, teamId: caller.teamId }, select: { id: true } });
    if (!dataset) throw new AppError("bad_input", "That dataset version does not exist.", { datasetVersionId: ["No such dataset version in your team."] });
  }
  const fileName = modelFileName(file.flavor, file.givenName);
  return db.$transaction(async (tx) => {
    const model = await tx.registeredModel.upsert({
      where: { teamId_name: { teamId: caller.teamId, name: input.modelName } },
      create: { teamId: caller.teamId, name: input.modelName },
      update: {},
    });
    await tx.$executeRaw`SELECT 1 FROM "RegisteredModel" WHERE id = ${model.id} FOR UPDATE`;
    const last = await tx.modelVersion.findFirst({ where: { modelId: model.id }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    const fileKey = modelFileKey(model.id, number, fileName);
    // Written before the row commits: a row never points at a missing file.
    await writeArtifact(fileKey, file.data);
    const version = await tx.modelVersion.create({
      data: {
        teamId: caller.teamId,
        modelId: model.id,
        number,
        flavor: file.flavor,
        signature: file.signature ?? undefined,
        metrics: file.metrics,
        fileKey,
        fileName,
        sizeBytes: file.data.length,
        runId: file.runId,
        runArtifactPath: file.runArtifactPath,
        datasetVersionId: input.datasetVersionId,
        description: input.description,
        createdById: caller.userId,
      },
    });
    return { modelId: model.id, versionId: version.id, number };
  });
}
