// The team's registered models by name, each with its latest version and aliases.
import { authorizeInTeam } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/permissions";

export async function findModels(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "model.read");
  const models = await db.registeredModel.findMany({
    where: { teamId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      updatedAt: true,
      aliases: { select: { alias: true, version: { select: { number: true } } }, orderBy: { alias: "asc" } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, flavor: true, createdAt: true } },
      _count: { select: { versions: true } },
    },
  });
  return models.map((m) => ({
    id: m.id,
    name: m.name,
    versionCount: m._count.versions,
    latest: m.versions[0] ?? null,
    aliases: m.aliases.map((a) => ({ alias: a.alias, number: a.version.number })),
    updatedAt: m.updatedAt,
  }));
}
export type TModelSummary = Awaited<ReturnType<typeof findModels>>[number];
