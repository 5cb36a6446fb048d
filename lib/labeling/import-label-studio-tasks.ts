// Brings Label Studio tasks into a project: each task is matched to an item by its image path
// (or, where Label Studio prefixed it, by the file's name when only one item has it) or by
// its text. Their predictions and annotations become pre-labels that annotators see as
// editable suggestions, or, asked for, the items' final labels as if a reviewer had accepted
// them. Every task is checked and matched before anything is stored: all or nothing.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedProject } from "./find-authorized-project";
import { parseLabelStudioTasks, type TImportedTask } from "./formats/import-label-studio";

export type TImportUse = "suggestions" | "final";

const keyOf = (task: TImportedTask) => (task.data.kind === "image" ? task.data.path : task.data.text);
const baseName = (filePath: string) => filePath.slice(filePath.lastIndexOf("/") + 1);
// Label Studio stores uploads as /data/upload/<n>/<8 hex>-<name>: the name after the hash.
const uploadedName = (filePath: string) => baseName(filePath).replace(/^[0-9a-f]{8}-/, "");

async function matchItems(projectId: string, tasks: TImportedTask[]) {
  const keys = tasks.map(keyOf);
  const names = [...keys.map(baseName), ...keys.map(uploadedName)];
  const rows = await db.$queryRaw<{ id: string; key: string; name: string; reviewState: string }[]>`
    SELECT id, coalesce(data->>'path', data->>'text') AS key, regexp_replace(coalesce(data->>'path', ''), '^.*/', '') AS name, "reviewState"::text
    FROM "LabelingItem"
    WHERE "projectId" = ${projectId}
      AND (coalesce(data->>'path', data->>'text') = ANY(${keys}) OR regexp_replace(coalesce(data->>'path', ''), '^.*/', '') = ANY(${names}))`;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const byName = new Map<string, typeof rows>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  return tasks.map((task, index) => {
    const key = keyOf(task);
    const sameName = byName.get(baseName(key)) ?? byName.get(uploadedName(key)) ?? [];
    // A name that several items share matches none of them: better refused than guessed.
    const item = byKey.get(key) ?? (sameName.length === 1 ? sameName[0] : undefined);
    if (!item) throw new AppError("bad_input", `Task ${index + 1} (${key.slice(0, 80)}) matches no item of this project.`);
    return { task, item };
  });
}

export async function importLabelStudioTasks(actor: TActor | null, input: { projectId: string; tasks: unknown; use: TImportUse }) {
  const project = await findAuthorizedProject(actor, input.projectId, "labeling.manage");
  const tasks = parseLabelStudioTasks(input.tasks, project.templateName, project.labels);
  if (tasks.length === 0) throw new AppError("bad_input", "The file holds no tasks.");
  const matched = await matchItems(project.id, tasks);
  let updated = 0;
  await db.$transaction(
    async (tx) => {
      for (const { task, item } of matched) {
        const result = input.use === "final" ? (task.annotations[0] ?? task.predictions[0]) : (task.predictions[0] ?? task.annotations[0]);
        if (!result) continue;
        const value = result as Prisma.InputJsonValue;
        if (input.use === "suggestions") {
          await tx.labelingItem.update({ where: { id: item.id }, data: { prediction: value } });
        } else {
          await tx.labelingItem.update({ where: { id: item.id }, data: { finalResult: value, reviewState: "ACCEPTED", reviewedById: project.caller.userId, reviewedAt: new Date() } });
          if (item.reviewState !== "ACCEPTED") await tx.labelingProject.update({ where: { id: project.id }, data: { reviewedCount: { increment: 1 } } });
        }
        updated += 1;
      }
    },
    { timeout: 120_000 },
  );
  return { tasks: tasks.length, updated };
}
