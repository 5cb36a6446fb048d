// Closing the loop: a drifted window's captured inputs become a dataset version, and a
// labeling project over it asks people for the right answer, each row shown with the
// model's prediction as its pre-label (annotators confirm or correct it). Its export can
// then train the next model version.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { db } from "@/lib/db";
import { createDatasetVersion } from "@/lib/datasets/create-dataset-version";
import { uploadFilePath } from "@/lib/datasets/upload-storage";
import { AppError } from "@/lib/errors";
import { createLabelingProject } from "@/lib/labeling/create-labeling-project";
import { authorize } from "@/lib/auth/authorize";
import type { TModelSignature } from "@/lib/models/schemas";
import type { TActor } from "@/lib/permissions";
import { findAuthorizedMonitor } from "./find-authorized-monitor";
import { readCapturedColumns } from "./read-captured-columns";

const ROW_TEXT = "row";
// Calm, distinct colours for the predicted classes, in order.
const COLORS = ["#2563eb", "#16a34a", "#d97706", "#9333ea", "#dc2626", "#0891b2", "#4d7c0f", "#be185d"];

/** The columns in the order the served model takes them (stored JSON keeps its own order). */
async function inSignatureOrder(endpointId: string, names: string[]) {
  const primary = await db.endpointDeployment.findFirst({ where: { endpointId, status: "LIVE" }, orderBy: { createdAt: "asc" }, select: { modelVersion: { select: { signature: true } } } });
  const order = ((primary?.modelVersion.signature as TModelSignature | null)?.inputs ?? []).map((input) => input.name);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...names].sort((a, b) => rank(a) - rank(b));
}

export async function createLabelingBatch(actor: TActor | null, input: { monitorId: string; resultId: string }) {
  const monitor = await findAuthorizedMonitor(actor, input.monitorId, "labeling.manage");
  const caller = authorize(actor, "dataset.edit", monitor);
  const result = await db.monitorResult.findFirst({ where: { id: input.resultId, monitorId: monitor.id } });
  if (!result) throw new AppError("not_found", "This window does not exist.");
  const { columns } = await readCapturedColumns(monitor.endpointId, { start: result.windowStart, end: result.windowEnd });
  const { prediction = [], ...inputs } = columns;
  const names = await inSignatureOrder(monitor.endpointId, Object.keys(inputs));
  const count = inputs[names[0]]?.length ?? 0;
  if (count === 0) throw new AppError("conflict", "This window kept no inputs to label (its requests were not captured).");

  // One line per row for the annotator: every input by name, then the columns themselves.
  const rows = Array.from({ length: count }, (_, i) => ({ [ROW_TEXT]: names.map((n) => `${n} = ${String(inputs[n][i])}`).join("; "), ...Object.fromEntries(names.map((n) => [n, inputs[n][i]])), prediction: prediction[i] ?? "" }));
  const csv = Buffer.from(Papa.unparse(rows));
  const endpoint = await db.endpoint.findUniqueOrThrow({ where: { id: monitor.endpointId }, select: { name: true } });
  const stamp = result.windowStart.toISOString().slice(0, 16).replace(/[:T]/g, "-");
  const upload = await db.upload.create({ data: { teamId: caller.teamId, userId: caller.userId, fileName: `${endpoint.name}-drift-${stamp}.csv`, sizeBytes: csv.length, receivedBytes: csv.length } });
  await mkdir(path.dirname(uploadFilePath(upload.id)), { recursive: true });
  await writeFile(uploadFilePath(upload.id), csv);
  const dataset = await createDatasetVersion(caller, { name: `${endpoint.name}-drift`, uploadIds: [upload.id], note: `Captured inputs of ${result.windowStart.toISOString()} – ${result.windowEnd.toISOString()}, drifted: ${result.drifted.join(", ")}` });

  const classes = [...new Set(prediction.map((p) => String(p)))].filter(Boolean).sort().slice(0, 200);
  const labels = classes.map((name, i) => ({ name, color: COLORS[i % COLORS.length] }));
  const version = await db.datasetVersion.findUniqueOrThrow({ where: { id: dataset.versionId }, select: { number: true } });
  const project = await createLabelingProject(caller, {
    name: `${endpoint.name}: drifted window ${stamp}`,
    datasetId: dataset.datasetId,
    versionNumber: version.number,
    template: "text_classification",
    labels: labels.length ? labels : [{ name: "correct", color: COLORS[0] }],
    textColumn: ROW_TEXT,
    instructions: `Rows the endpoint "${endpoint.name}" answered while its inputs drifted (${result.drifted.join(", ")}). Each is pre-labelled with the model's prediction: confirm it or pick the right class.`,
  });
  // Items are made in row order (position = row): one statement sets every pre-label.
  const suggestions = prediction.map((p) => JSON.stringify({ kind: "choices", choices: [String(p)] }));
  await db.$executeRaw`
    UPDATE "LabelingItem" i SET prediction = s.suggestion::jsonb
    FROM unnest(${suggestions}::text[]) WITH ORDINALITY AS s(suggestion, row)
    WHERE i."projectId" = ${project.id} AND i.position = s.row - 1`;
  return { projectId: project.id, datasetId: dataset.datasetId };
}
