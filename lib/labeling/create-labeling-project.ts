// A labeling project over a dataset version: its items are made at once from the version's
// images or texts, and the chosen people are assigned to label them.
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeInTeam } from "@/lib/auth/authorize";
import type { TActor } from "@/lib/permissions";
import { addImageItems, addTextItems } from "./add-project-items";
import { checkAnnotators } from "./check-annotators";
import { TEMPLATE_MEDIA } from "./results";
import { TEMPLATE_ENUM, ZCreateLabelingProjectBody, type TCreateLabelingProjectBody } from "./schemas";

export async function createLabelingProject(actor: TActor | null, rawInput: TCreateLabelingProjectBody) {
  const input = ZCreateLabelingProjectBody.parse(rawInput);
  const caller = authorizeInTeam(actor, "labeling.manage");
  const version = await db.datasetVersion.findFirst({
    where: { datasetId: input.datasetId, number: input.versionNumber, teamId: caller.teamId },
    select: { id: true, format: true, rowCount: true },
  });
  if (!version) throw new AppError("bad_input", "This dataset version does not exist.");
  const media = TEMPLATE_MEDIA[input.template];
  if (media === "image" && version.format !== "IMAGES") throw new AppError("bad_input", "This template labels images: choose a version of an image dataset.");
  if (media === "text" && version.format === "IMAGES") throw new AppError("bad_input", "This template labels texts: choose a table or a text dataset.");
  const textColumn = media === "text" ? (version.format === "TEXT" ? "text" : input.textColumn) : undefined;
  if (media === "text" && !textColumn) throw new AppError("bad_input", "Choose the column that holds the text.", { textColumn: ["Choose the column that holds the text."] });
  const annotatorIds = await checkAnnotators(caller.teamId, input.annotatorIds);

  return db.$transaction(
    async (tx) => {
      const project = await tx.labelingProject.create({
        data: {
          teamId: caller.teamId,
          name: input.name,
          datasetVersionId: version.id,
          template: TEMPLATE_ENUM[input.template],
          labels: input.labels as Prisma.InputJsonValue,
          instructions: input.instructions,
          overlap: input.overlap,
          lockSeconds: input.lockMinutes * 60,
          textColumn,
          createdById: caller.userId,
          assignments: { create: annotatorIds.map((userId) => ({ userId })) },
        },
      });
      const itemCount = textColumn
        ? await addTextItems(tx, { projectId: project.id, versionId: version.id, textColumn })
        : await addImageItems(tx, { projectId: project.id, versionId: version.id });
      if (itemCount === 0) throw new AppError("bad_input", "This dataset version has nothing to label.");
      await tx.labelingProject.update({ where: { id: project.id }, data: { itemCount } });
      return { id: project.id };
    },
    { timeout: 10 * 60_000 },
  );
}
