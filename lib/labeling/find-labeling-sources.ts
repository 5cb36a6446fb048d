// What a new labeling project can be made from: the team's dataset versions (with their
// columns, for text templates over a table) and the people who may label.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import { can, type TActor } from "@/lib/permissions";
import { ZColumnStats } from "@/lib/datasets/schemas";

export async function findLabelingSources(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "labeling.manage");
  const [datasets, memberships] = await Promise.all([
    db.dataset.findMany({
      where: { teamId },
      orderBy: { name: "asc" },
      take: 500,
      select: { id: true, name: true, versions: { orderBy: { number: "desc" }, take: 20, select: { number: true, format: true, rowCount: true, columns: true } } },
    }),
    db.membership.findMany({ where: { teamId }, orderBy: { createdAt: "asc" }, select: { role: true, user: { select: { id: true, name: true, email: true } } } }),
  ]);
  return {
    datasets: datasets.map((dataset) => ({
      id: dataset.id,
      name: dataset.name,
      versions: dataset.versions.map((version) => ({
        number: version.number,
        format: version.format.toLowerCase() as "table" | "images" | "text",
        rowCount: version.rowCount,
        textColumns: ZColumnStats.array().parse(version.columns).filter((c) => c.type === "string").map((c) => c.name),
      })),
    })),
    people: memberships
      .filter((m) => can({ userId: m.user.id, teamId, role: m.role }, "labeling.annotate", { teamId }))
      .map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email, role: m.role })),
  };
}
export type TLabelingSources = Awaited<ReturnType<typeof findLabelingSources>>;
