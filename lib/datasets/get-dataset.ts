// A dataset with all its versions, newest first, and each version's column statistics.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { ZColumnStats, type TDatasetDetail } from "./schemas";
import { VERSION_SUMMARY_SELECT, versionSummary } from "./version-summary";

export async function getDataset(actor: TActor | null, datasetId: string): Promise<TDatasetDetail> {
  const { teamId } = authorizeInTeam(actor, "dataset.read");
  const dataset = await db.dataset.findFirst({
    where: { id: datasetId, teamId },
    select: {
      id: true,
      name: true,
      description: true,
      versions: { orderBy: { number: "desc" }, select: { ...VERSION_SUMMARY_SELECT, columns: true } },
    },
  });
  if (!dataset) throw new AppError("not_found", "This dataset does not exist.");
  return {
    id: dataset.id,
    name: dataset.name,
    description: dataset.description,
    versionCount: dataset.versions.length,
    versions: dataset.versions.map((version) => ({ ...versionSummary(version), columns: ZColumnStats.array().parse(version.columns) })),
  };
}
