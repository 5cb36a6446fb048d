// The team's datasets, each with its latest version, by name.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import type { TDatasetSummary } from "./schemas";
import { VERSION_SUMMARY_SELECT, versionSummary } from "./version-summary";

export async function findDatasets(actor: TActor | null, query: { name?: string } = {}): Promise<{ datasets: TDatasetSummary[] }> {
  const { teamId } = authorizeInTeam(actor, "dataset.read");
  const rows = await db.dataset.findMany({
    where: { teamId, ...(query.name && { name: query.name }) },
    orderBy: { name: "asc" },
    take: 500,
    select: {
      id: true,
      name: true,
      description: true,
      _count: { select: { versions: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: VERSION_SUMMARY_SELECT },
    },
  });
  return {
    datasets: rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      versionCount: row._count.versions,
      latest: row.versions[0] ? versionSummary(row.versions[0]) : null,
    })),
  };
}
