// Label Studio tasks brought into a project as pre-labels or final labels, and a CSV export
// kept as a dataset version, against the real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readRows } from "@/lib/datasets/ingest/read-rows";
import { datasetVersionDir } from "@/lib/datasets/dataset-storage";
import { seedLabelingProject, seedMember, seedTeam, uniqueName, waitForExport } from "@/prisma/seed/factories";
import { claimNextItem } from "./claim-next-item";
import { importLabelStudioTasks } from "./import-label-studio-tasks";
import { saveExportAsDataset } from "./save-export-as-dataset";
import { startLabelingExport } from "./start-labeling-export";

const box = (label: string) => ({
  type: "rectanglelabels",
  from_name: "label",
  to_name: "image",
  original_width: 64,
  original_height: 48,
  value: { x: 25, y: 50, width: 50, height: 25, rectanglelabels: [label] },
});

async function projectWithAnnotator() {
  const team = await seedTeam();
  const owner = await seedMember(team.id, "OWNER");
  const annotator = await seedMember(team.id, "ANNOTATOR");
  const project = await seedLabelingProject(owner, { annotatorIds: [annotator.userId], count: 3 });
  return { owner, annotator, project };
}

describe("importing Label Studio tasks", () => {
  it("matches a task by its Label Studio upload name and shows its prediction to the annotator", async () => {
    const { owner, annotator, project } = await projectWithAnnotator();
    const tasks = [{ data: { image: "/data/upload/1/9f3c2a1b-0000.png" }, predictions: [{ result: [box("dog")] }] }];
    expect(await importLabelStudioTasks(owner, { projectId: project.id, tasks, use: "suggestions" })).toEqual({ tasks: 1, updated: 1 });
    const { item } = await claimNextItem(annotator, project.id);
    expect(item?.prediction).toEqual({ kind: "boxes", boxes: [{ label: "dog", x: 0.25, y: 0.5, width: 0.5, height: 0.25 }] });
  });

  it("takes annotations as final labels, counted as reviewed", async () => {
    const { owner, project } = await projectWithAnnotator();
    const tasks = [{ data: { image: "images/0001.png" }, annotations: [{ result: [box("cat")] }] }];
    await importLabelStudioTasks(owner, { projectId: project.id, tasks, use: "final" });
    const item = await db.labelingItem.findFirstOrThrow({ where: { projectId: project.id, position: 1 } });
    expect(item).toMatchObject({ reviewState: "ACCEPTED", finalResult: { kind: "boxes", boxes: [{ label: "cat" }] } });
    expect((await db.labelingProject.findUniqueOrThrow({ where: { id: project.id } })).reviewedCount).toBe(1);
  });

  it("refuses the whole file when one task matches no item or names an unknown label, and changes nothing", async () => {
    const { owner, project } = await projectWithAnnotator();
    const unmatched = [{ data: { image: "images/0000.png" }, predictions: [{ result: [box("cat")] }] }, { data: { image: "elsewhere/zebra.png" }, predictions: [] }];
    await expect(importLabelStudioTasks(owner, { projectId: project.id, tasks: unmatched, use: "suggestions" })).rejects.toThrow(/Task 2 \(elsewhere\/zebra\.png\) matches no item/);
    const unknown = [{ data: { image: "images/0000.png" }, predictions: [{ result: [box("horse")] }] }];
    await expect(importLabelStudioTasks(owner, { projectId: project.id, tasks: unknown, use: "suggestions" })).rejects.toThrow(/Task 1/);
    const items = await db.labelingItem.findMany({ where: { projectId: project.id }, select: { prediction: true } });
    expect(items.map((item) => item.prediction)).toEqual([null, null, null]);
  });
});

describe("a CSV export as a dataset version", () => {
  it("becomes a table whose rows are the items and their final labels", async () => {
    const { owner, project } = await projectWithAnnotator();
    await importLabelStudioTasks(owner, { projectId: project.id, tasks: [{ data: { image: "images/0002.png" }, annotations: [{ result: [box("dog")] }] }], use: "final" });
    const started = await startLabelingExport(owner, { projectId: project.id, format: "csv" });
    expect((await waitForExport(started.id)).status).toBe("SUCCEEDED");
    const name = uniqueName("labels");
    const saved = await saveExportAsDataset(owner, { projectId: project.id, exportId: started.id, name });
    const version = await db.datasetVersion.findUniqueOrThrow({ where: { id: saved.versionId } });
    expect(version).toMatchObject({ format: "TABLE", rowCount: 3, number: 1 });
    const rows = await readRows({ dir: datasetVersionDir(version.id), offset: 0, limit: 3 });
    expect(JSON.stringify(rows[2])).toContain("dog");
    const coco = await startLabelingExport(owner, { projectId: project.id, format: "coco" });
    await waitForExport(coco.id);
    await expect(saveExportAsDataset(owner, { projectId: project.id, exportId: coco.id, name })).rejects.toThrow(/Only a CSV export/);
  });
});
