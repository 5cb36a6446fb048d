// What a new labeling project can be made from: the team's dataset versions (with their
// columns, for text templates over a table) and the people who may label.
import { db } from "@/lib/db";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { ZColumnStats } from "@/lib/datasets/schemas";
import { findLabelers } from "./find-labelers";

export async function findLabelingSources(actor: TActor | null) {
  const { teamId } = authorizeInTeam(actor, "labeling.manage");
  const [datasets, people] = await Promise.all([
    db.dataset.findMany({
      where: { teamId },
      orderBy: { name: "asc" },
      take: 500,
      select: { id: true, name: true, versions: { orderBy: { number: "desc" }, take: 20, select: { number: true, format: true, rowCount: true, columns: true } } },
    }),
    findLabelers(actor),
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
    people,
  };
}
export type TLabelingSources = Awaited<ReturnType<typeof findLabelingSources>>;
