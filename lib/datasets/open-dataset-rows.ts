// A table's every row as JSON Lines, as stored: what the SDK reads into a DataFrame.
import { AppError } from "@/lib/errors";
import { openArtifact } from "@/lib/artifacts/artifact-store";
import { authorize } from "@/lib/auth/authorize";
import type { TFileAnswer } from "@/lib/http/file-answer";
import type { TActor } from "@/lib/permissions";
import { datasetVersionKey } from "./dataset-storage";
import { findReadableVersion } from "./find-readable-version";

export async function openDatasetRows(actor: TActor | null, input: { datasetId: string; number: number }): Promise<TFileAnswer> {
  const version = await findReadableVersion(actor, input);
  authorize(actor, "dataset.read", version);
  if (version.format === "IMAGES") throw new AppError("bad_input", "An image dataset has files, not rows.");
  const { size, chunks } = await openArtifact(`${datasetVersionKey(version.id)}/rows.jsonl`);
  return { fileName: `rows-v${input.number}.jsonl`, size, chunks, isImmutable: true };
}
