// A file a run logged, as a download. The run must be the caller's team's and readable, and
// the path one it logged: its row is looked up before the artifact store is touched.
import path from "node:path";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { openArtifact } from "@/lib/artifacts/artifact-store";
import type { TFileAnswer } from "@/lib/http/file-answer";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedRun } from "./find-authorized-run";
import { artifactKey } from "./store-run-records";

export async function downloadRunArtifact(actor: TActor | null, input: { runId: string; path: string }): Promise<TFileAnswer> {
  await findAuthorizedRun(actor, input.runId);
  const artifact = await db.runArtifact.findUnique({ where: { runId_path: { runId: input.runId, path: input.path } }, select: { path: true } });
  if (!artifact) throw new AppError("not_found", `This run has no file "${input.path}".`);
  const { size, chunks } = await openArtifact(artifactKey(input.runId, artifact.path));
  return { fileName: path.posix.basename(artifact.path), size, chunks };
}
