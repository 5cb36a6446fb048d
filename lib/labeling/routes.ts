import { z } from "zod";
import { ZDatasetName } from "@/lib/datasets/schemas";
import { defineRoute } from "@/lib/http/define-route";
import { claimNextItem } from "./claim-next-item";
import { createLabelingProject } from "./create-labeling-project";
import { downloadLabelingExport } from "./download-labeling-export";
import { findLabelingExports } from "./find-labeling-exports";
import { findLabelingProjects } from "./find-labeling-projects";
import { findReviewItems } from "./find-review-items";
import { ZExportFormat } from "./formats/export-formats";
import { getLabelingProject } from "./get-labeling-project";
import { getOwnItem } from "./get-own-item";
import { importLabelStudioTasks } from "./import-label-studio-tasks";
import { reviewItem } from "./review-item";
import { saveExportAsDataset } from "./save-export-as-dataset";
import { startLabelingExport } from "./start-labeling-export";
import { submitAnnotation } from "./submit-annotation";
import { updateLabelingProject } from "./update-labeling-project";
import {
  ZAnnotatorItem,
  ZCreateLabelingProjectBody,
  ZItemParams,
  ZNextItemAnswer,
  ZProjectParams,
  ZReviewBody,
  ZReviewQuery,
  ZSubmitAnnotationBody,
  ZUpdateLabelingProjectBody,
} from "./schemas";

const ZIdAnswer = z.object({ id: z.string() });
// Views whose shape is their function's return type (see get-labeling-project.ts and
// find-review-items.ts): passed through as they are.
const ZView = z.looseObject({});

export const createLabelingProjectRoute = defineRoute({
  method: "POST",
  path: "/api/v1/labeling/projects",
  summary: "Start a labeling project over a dataset version: a template, labels (colour, hotkey), overlap, instructions, annotators",
  tag: "Labeling",
  body: ZCreateLabelingProjectBody,
  response: ZIdAnswer,
  run: (actor, { body }) => createLabelingProject(actor, body),
});

export const listLabelingProjectsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/labeling/projects",
  summary: "The labeling projects the caller sees (annotators: those assigned to them), with progress",
  tag: "Labeling",
  response: z.object({ projects: z.array(ZView) }),
  run: (actor) => findLabelingProjects(actor),
});

export const getLabelingProjectRoute = defineRoute({
  method: "GET",
  path: "/api/v1/labeling/projects/{id}",
  summary: "A labeling project: settings, progress, annotators, agreement and exports",
  tag: "Labeling",
  params: ZProjectParams,
  response: ZView,
  run: (actor, { params }) => getLabelingProject(actor, params.id),
});

export const updateLabelingProjectRoute = defineRoute({
  method: "PATCH",
  path: "/api/v1/labeling/projects/{id}",
  summary: "Change a project's labels (colours, hotkeys, new labels), instructions or annotators",
  tag: "Labeling",
  params: ZProjectParams,
  body: ZUpdateLabelingProjectBody,
  response: ZIdAnswer,
  run: (actor, { params, body }) => updateLabelingProject(actor, { projectId: params.id, body }),
});

export const claimNextItemRoute = defineRoute({
  method: "POST",
  path: "/api/v1/labeling/projects/{id}/next",
  summary: "The caller's next item to label, held for them for the project's lock time (null when there is none)",
  tag: "Labeling",
  params: ZProjectParams,
  body: z.object({ exclude: z.array(z.string().min(1).max(64)).max(10).default([]) }),
  response: ZNextItemAnswer,
  run: (actor, { params, body }) => claimNextItem(actor, params.id, body.exclude),
});

export const getOwnItemRoute = defineRoute({
  method: "GET",
  path: "/api/v1/labeling/projects/{id}/items/{itemId}",
  summary: "An item the caller answered or holds, with their answer (to go back to it)",
  tag: "Labeling",
  params: ZItemParams,
  response: ZAnnotatorItem,
  run: (actor, { params }) => getOwnItem(actor, { projectId: params.id, itemId: params.itemId }),
});

export const submitAnnotationRoute = defineRoute({
  method: "POST",
  path: "/api/v1/labeling/projects/{id}/items/{itemId}/annotation",
  summary: "Submit (or skip) the caller's annotation of an item; the same answer twice is stored once",
  tag: "Labeling",
  params: ZItemParams,
  body: ZSubmitAnnotationBody,
  response: z.object({ annotationId: z.string(), isNew: z.boolean() }),
  run: (actor, { params, body }) => submitAnnotation(actor, { projectId: params.id, itemId: params.itemId, body }),
});

export const listReviewItemsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/labeling/projects/{id}/review",
  summary: "A page of items for review (to_review, reviewed, rejected or all) with their annotations and agreement",
  tag: "Labeling",
  params: ZProjectParams,
  query: ZReviewQuery,
  response: ZView,
  run: (actor, { params, query }) => findReviewItems(actor, { projectId: params.id, ...query }),
});

export const reviewItemRoute = defineRoute({
  method: "POST",
  path: "/api/v1/labeling/projects/{id}/items/{itemId}/review",
  summary: "Accept an item (the majority or a given label is final), reject one annotation with a comment, or fix the label",
  tag: "Labeling",
  params: ZItemParams,
  body: ZReviewBody,
  response: z.object({ itemId: z.string(), reviewState: z.enum(["accepted", "unreviewed"]) }),
  run: (actor, { params, body }) => reviewItem(actor, { projectId: params.id, itemId: params.itemId, body }),
});

export const startLabelingExportRoute = defineRoute({
  method: "POST",
  path: "/api/v1/labeling/projects/{id}/exports",
  summary: "Export the final labels in the background (Label Studio JSON, CSV, COCO, YOLO, Pascal VOC, CoNLL 2003); the project page shows its progress",
  tag: "Labeling",
  params: ZProjectParams,
  body: z.object({ format: ZExportFormat }),
  response: ZIdAnswer,
  run: (actor, { params, body }) => startLabelingExport(actor, { projectId: params.id, format: body.format }),
});

export const listLabelingExportsRoute = defineRoute({
  method: "GET",
  path: "/api/v1/labeling/projects/{id}/exports",
  summary: "A project's latest exports with their progress (items done of total) and state",
  tag: "Labeling",
  params: ZProjectParams,
  response: z.object({ exports: z.array(ZView) }),
  run: (actor, { params }) => findLabelingExports(actor, params.id),
});

export const downloadLabelingExportRoute = defineRoute({
  method: "GET",
  path: "/api/v1/labeling/projects/{id}/exports/{exportId}/file",
  summary: "Download a finished export",
  tag: "Labeling",
  params: z.object({ id: z.string().min(1).max(64), exportId: z.string().min(1).max(64) }),
  file: { contentType: "application/octet-stream", description: "The export's file, of its format's type" },
  run: (actor, { params }) => downloadLabelingExport(actor, { projectId: params.id, exportId: params.exportId }),
});

export const importLabelStudioTasksRoute = defineRoute({
  method: "POST",
  path: "/api/v1/labeling/projects/{id}/import",
  summary: "Import Label Studio JSON tasks: their predictions and annotations become pre-labels (suggestions) or final labels of the matching items",
  tag: "Labeling",
  params: ZProjectParams,
  body: z.object({ tasks: z.unknown(), use: z.enum(["suggestions", "final"]).default("suggestions") }),
  maxBodyBytes: 64 * 2 ** 20,
  response: z.object({ tasks: z.number(), updated: z.number() }),
  run: (actor, { params, body }) => importLabelStudioTasks(actor, { projectId: params.id, tasks: body.tasks, use: body.use }),
});

export const saveExportAsDatasetRoute = defineRoute({
  method: "POST",
  path: "/api/v1/labeling/projects/{id}/exports/{exportId}/dataset",
  summary: "Make a finished CSV export a new version of a dataset (made the first time), for training to read by name",
  tag: "Labeling",
  params: z.object({ id: z.string().min(1).max(64), exportId: z.string().min(1).max(64) }),
  body: z.object({ name: ZDatasetName }),
  response: z.object({ datasetId: z.string(), versionId: z.string(), number: z.number() }),
  run: (actor, { params, body }) => saveExportAsDataset(actor, { projectId: params.id, exportId: params.exportId, name: body.name }),
});
