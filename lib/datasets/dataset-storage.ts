// A dataset version's files live under one artifact key, named by the version's id.
import { artifactPath } from "@/lib/artifacts/artifact-store";

export function datasetVersionKey(versionId: string) {
  return `datasets/${versionId}`;
}

export function datasetVersionDir(versionId: string) {
  return artifactPath(datasetVersionKey(versionId));
}
