// A dataset version the caller may read: a team member who reads datasets, or an annotator
// assigned to a labeling project over this very version (they see its items, nothing else).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActor } from "@/lib/auth/authorize";
import { can, type TActor } from "@/lib/permissions";

export async function findReadableVersion(actor: TActor | null, input: { datasetId: string; number: number }) {
  const caller = requireActor(actor);
  const version = await db.datasetVersion.findFirst({
    where: { datasetId: input.datasetId, number: input.number, teamId: caller.teamId },
    select: { id: true, teamId: true, format: true, rowCount: true },
  });
  const notFound = new AppError("not_found", "This dataset version does not exist.");
  if (!version) throw notFound;
  if (can(caller, "dataset.read", version)) return version;
  if (!can(caller, "labeling.read", version)) throw notFound;
  const assigned = await db.labelingAssignment.findFirst({ where: { userId: caller.userId, project: { datasetVersionId: version.id, teamId: caller.teamId } }, select: { projectId: true } });
  if (!assigned) throw notFound;
  return version;
}
