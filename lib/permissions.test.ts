// The one table that says who may call every server action, REST route and socket event.
// Each row is exercised for every role, for a member of another team and for nobody,
// against the real database. An action, route or event missing from the table fails.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";
import { writeArtifact } from "@/lib/artifacts/artifact-store";
import { artifactKey } from "@/lib/runs/store-run-records";
import { uploadFilePath } from "@/lib/datasets/upload-storage";
import { startLabelingExport } from "@/lib/labeling/start-labeling-export";
import { ROUTES } from "@/lib/http/route-registry";
import { setModelAlias } from "@/lib/models/manage-model-versions";
import { registerModelVersion } from "@/lib/models/register-model-version";
import type { TDefinedAction } from "@/lib/http/define-action";
import { STUDIO_INBOUND, type TStudioInboundEvent } from "@/lib/protocol";
import { STUDIO_HANDLERS } from "@/lib/server/sockets/studio-handlers";
import { toErrorBody } from "@/lib/errors";
import { can, ROLES, type TActor } from "@/lib/permissions";
import {
  seedApiToken,
  seedExperimentRun,
  seedInvite,
  seedJob,
  seedModelVersion,
  seedEndpoint,
  seedCanaryEndpoint,
  seedMonitor,
  seedRunWithModel,
  seedSweep,
  seedImageDataset,
  seedLabelingProject,
  seedTableDataset,
  seedUpload,
  waitForExport,
  seedNotebook,
  seedNotebookRun,
  seedTeamWithEveryRole,
  seedWorkerToken,
  uniqueName,
} from "@/prisma/seed/factories";

type TFixture = Awaited<ReturnType<typeof seedTeamWithEveryRole>>;
type TCaller = Role | "OUTSIDER" | "ANONYMOUS";
// A team-wide row acts on the caller's own team (list, create): a member of another team
// acts on theirs, allowed as their OWNER role is; ownTeam rows are checked for isolation below.
type TRow = { allowed: TCaller[] | "everyone"; ownTeam?: true; input: (fixture: TFixture, actor: TActor | null) => Promise<unknown> | unknown };

const ALL_ROLES: TCaller[] = [...ROLES];
const ADMINS: TCaller[] = ["OWNER", "ADMIN"];
const SCIENTISTS: TCaller[] = ["OWNER", "ADMIN", "MEMBER"];
const READERS: TCaller[] = ["OWNER", "ADMIN", "MEMBER", "VIEWER"];
// Those assigned to the fixture's labeling project.
const LABELERS: TCaller[] = ["OWNER", "ADMIN", "MEMBER", "ANNOTATOR"];

// A notebook of the fixture's team, made by its owner, with one code cell.
async function notebookOf(fx: TFixture) {
  const notebook = await seedNotebook(fx.members.OWNER, { projectId: fx.project.id, cells: [{ source: "1+1" }, { type: "MARKDOWN", source: "# Title" }] });
  return { notebookId: notebook.id, cellId: notebook.cells[0].id };
}

// A registered model of the fixture's team with one version.
const modelOf = (fx: TFixture) => seedModelVersion(fx.members.OWNER, { projectId: fx.project.id });

// An endpoint of the fixture's team, its replica waiting for a worker.
const endpointOf = (fx: TFixture) => seedEndpoint(fx.members.OWNER, { projectId: fx.project.id });

// A drift monitor of the fixture's team, watching.
const monitorOf = (fx: TFixture) => seedMonitor(fx.members.OWNER, { projectId: fx.project.id });

// A headless run of such a notebook, still waiting for a worker.
async function runOf(fx: TFixture) {
  const notebook = await seedNotebook(fx.members.OWNER, { projectId: fx.project.id, cells: [{ source: "1+1" }] });
  const { run } = await seedNotebookRun(notebook, { cells: notebook.cells });
  return { id: notebook.id, runId: run.id };
}

const ACTION_TABLE: Record<string, TRow> = {
  "teams.signUpAction": {
    allowed: "everyone",
    input: async (fx) => ({
      name: "New Person",
      email: `${uniqueName("new")}@example.test`,
      password: "long enough password",
      inviteToken: (await seedInvite(fx.team.id, fx.members.OWNER.userId)).token,
    }),
  },
  "teams.createInviteAction": { allowed: ADMINS, ownTeam: true, input: () => ({ role: "MEMBER" }) },
  "teams.revokeInviteAction": {
    allowed: ADMINS,
    input: async (fx) => ({ inviteId: (await seedInvite(fx.team.id, fx.members.OWNER.userId)).id }),
  },
  "teams.changeMemberRoleAction": {
    allowed: ADMINS,
    input: (fx) => ({ membershipId: fx.members.MEMBER.membershipId, role: "VIEWER" }),
  },
  "teams.removeMemberAction": { allowed: ADMINS, input: (fx) => ({ membershipId: fx.members.VIEWER.membershipId }) },
  "teams.renameTeamAction": { allowed: ADMINS, ownTeam: true, input: () => ({ name: "Renamed team" }) },
  "projects.createProjectAction": { allowed: SCIENTISTS, ownTeam: true, input: () => ({ name: uniqueName("Project") }) },
  "projects.deleteProjectAction": { allowed: ADMINS, input: (fx) => ({ projectId: fx.project.id }) },
  "tokens.createApiTokenAction": { allowed: ALL_ROLES, ownTeam: true, input: () => ({ name: "laptop" }) },
  "tokens.revokeApiTokenAction": {
    allowed: ["OWNER"],
    // Everyone tries to revoke the fixture owner's token: only its owner may.
    input: async (fx) => ({ tokenId: (await seedApiToken(fx.members.OWNER)).id }),
  },
  "notebooks.listNotebooksAction": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "notebooks.getNotebookAction": { allowed: READERS, input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId }) },
  "notebooks.createNotebookAction": { allowed: SCIENTISTS, input: (fx) => ({ projectId: fx.project.id, name: uniqueName("Notebook") }) },
  "notebooks.renameNotebookAction": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId, name: "Renamed" }),
  },
  "notebooks.setNotebookGpusAction": { allowed: SCIENTISTS, input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId, gpus: 1 }) },
  "notebooks.deleteNotebookAction": { allowed: SCIENTISTS, input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId }) },
  "notebooks.addCellAction": { allowed: SCIENTISTS, input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId, position: 1 }) },
  "notebooks.updateCellSourceAction": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ cellId: (await notebookOf(fx)).cellId, source: "2+2", version: 1 }),
  },
  "notebooks.deleteCellAction": { allowed: SCIENTISTS, input: async (fx) => ({ cellId: (await notebookOf(fx)).cellId }) },
  "notebooks.moveCellAction": { allowed: SCIENTISTS, input: async (fx) => ({ cellId: (await notebookOf(fx)).cellId, position: 1 }) },
  "notebooks.changeCellTypeAction": { allowed: SCIENTISTS, input: async (fx) => ({ cellId: (await notebookOf(fx)).cellId, type: "MARKDOWN" }) },
  "workers.listWorkersAction": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "workers.listWorkerTokensAction": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "workers.createWorkerTokenAction": { allowed: ADMINS, ownTeam: true, input: () => ({ name: "gpu box" }) },
  "workers.revokeWorkerTokenAction": {
    allowed: ADMINS,
    input: async (fx) => ({ tokenId: (await seedWorkerToken(fx.team.id, fx.members.OWNER.userId)).id }),
  },
};

// An experiment run of the fixture's team, logged by its owner.
async function experimentRunOf(fx: TFixture) {
  return seedExperimentRun(fx.members.OWNER, { projectId: fx.project.id });
}

// Such a run with one file it logged, in the artifact store.
async function experimentRunWithFileOf(fx: TFixture) {
  const run = await experimentRunOf(fx);
  await writeArtifact(artifactKey(run.id, "model/model.pkl"), Buffer.from("weights"));
  await db.runArtifact.create({ data: { runId: run.id, path: "model/model.pkl", size: 7 } });
  return run;
}

// A sweep of the fixture's team, running, with no trial made yet.
async function sweepOf(fx: TFixture) {
  return seedSweep(fx.members.OWNER, { projectId: fx.project.id });
}

// A training job of the fixture's team, queued (no worker is online there).
async function jobOf(fx: TFixture) {
  return seedJob(fx.members.OWNER, { projectId: fx.project.id });
}

// A detection project of the fixture's team over three images, everyone who labels assigned.
async function labelingOf(fx: TFixture) {
  const { OWNER, ADMIN, MEMBER, ANNOTATOR } = fx.members;
  const project = await seedLabelingProject(OWNER, { annotatorIds: [OWNER, ADMIN, MEMBER, ANNOTATOR].map((m) => m.userId) });
  const item = await db.labelingItem.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { position: "asc" } });
  const version = await db.labelingProject.findUniqueOrThrow({ where: { id: project.id }, select: { datasetVersion: { select: { number: true, datasetId: true } } } });
  return { projectId: project.id, itemId: item.id, datasetId: version.datasetVersion.datasetId };
}

// Such a project's first item, held by the caller (as if they had opened it).
async function heldItemOf(fx: TFixture, actor: TActor | null) {
  const labeling = await labelingOf(fx);
  if (actor) await db.labelingLock.create({ data: { itemId: labeling.itemId, userId: actor.userId, expiresAt: new Date(Date.now() + 60_000) } });
  return { params: { id: labeling.projectId, itemId: labeling.itemId } };
}

// A finished export of such a project.
async function exportOf(fx: TFixture, format: "coco" | "csv" = "coco") {
  const labeling = await labelingOf(fx);
  const started = await startLabelingExport(fx.members.OWNER, { projectId: labeling.projectId, format });
  await waitForExport(started.id);
  return { params: { id: labeling.projectId, exportId: started.id } };
}

// An upload of the fixture owner's: only they may touch it.
async function uploadOf(fx: TFixture) {
  return db.upload.create({ data: { teamId: fx.team.id, userId: fx.members.OWNER.userId, fileName: "a.csv", sizeBytes: 4 } });
}

const SDK_START = { type: "start", project: "SDK project", params: {}, tags: [], time: 1_700_000_000 };

const ROUTE_TABLE: Record<string, TRow> = {
  "GET /api/health": { allowed: "everyone", input: () => ({}) },
  "GET /api/v1/openapi.json": { allowed: "everyone", input: () => ({}) },
  "GET /api/v1/me": { allowed: ALL_ROLES, ownTeam: true, input: () => ({}) },
  "GET /api/v1/projects": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "POST /api/v1/projects": { allowed: SCIENTISTS, ownTeam: true, input: () => ({ body: { name: uniqueName("Project") } }) },
  "GET /api/v1/projects/{id}": { allowed: READERS, input: (fx) => ({ params: { id: fx.project.id } }) },
  "DELETE /api/v1/projects/{id}": { allowed: ADMINS, input: (fx) => ({ params: { id: fx.project.id } }) },
  "GET /api/v1/notebooks": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "POST /api/v1/notebooks": { allowed: SCIENTISTS, input: (fx) => ({ body: { projectId: fx.project.id, name: uniqueName("Notebook") } }) },
  "POST /api/v1/notebooks/import": {
    allowed: SCIENTISTS,
    input: (fx) => ({ body: { projectId: fx.project.id, notebook: { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] } } }),
  },
  "GET /api/v1/notebooks/{id}": { allowed: READERS, input: async (fx) => ({ params: { id: (await notebookOf(fx)).notebookId } }) },
  "GET /api/v1/notebooks/{id}/ipynb": { allowed: READERS, input: async (fx) => ({ params: { id: (await notebookOf(fx)).notebookId } }) },
  "PATCH /api/v1/notebooks/{id}": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ params: { id: (await notebookOf(fx)).notebookId }, body: { name: "Renamed", gpus: 1 } }),
  },
  "DELETE /api/v1/notebooks/{id}": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await notebookOf(fx)).notebookId } }) },
  "POST /api/v1/notebooks/{id}/cells": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ params: { id: (await notebookOf(fx)).notebookId }, body: { type: "CODE", position: 0, source: "print(1)" } }),
  },
  "PATCH /api/v1/notebooks/{id}/cells/{cellId}": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const { notebookId, cellId } = await notebookOf(fx);
      return { params: { id: notebookId, cellId }, body: { source: "3+3", version: 1 } };
    },
  },
  "DELETE /api/v1/notebooks/{id}/cells/{cellId}": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const { notebookId, cellId } = await notebookOf(fx);
      return { params: { id: notebookId, cellId } };
    },
  },
  // No worker is online in a fixture's team: a run waits for one.
  "POST /api/v1/notebooks/{id}/run": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ params: { id: (await notebookOf(fx)).notebookId }, body: { timeoutSeconds: 60 } }),
  },
  "GET /api/v1/notebooks/{id}/runs/{runId}": { allowed: READERS, input: async (fx) => ({ params: await runOf(fx) }) },
  "POST /api/v1/notebooks/{id}/runs/{runId}/cancel": { allowed: SCIENTISTS, input: async (fx) => ({ params: await runOf(fx) }) },
  "POST /api/v1/runs/events": {
    allowed: SCIENTISTS,
    ownTeam: true,
    input: () => ({ body: { v: 1, events: [{ ...SDK_START, run: randomBytes(16).toString("hex") }] } }),
  },
  "GET /api/v1/runs": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "GET /api/v1/runs/{id}": { allowed: READERS, input: async (fx) => ({ params: { id: (await experimentRunOf(fx)).id } }) },
  "GET /api/v1/runs/{id}/metrics/{key}": { allowed: READERS, input: async (fx) => ({ params: { id: (await experimentRunOf(fx)).id, key: "loss" } }) },
  "GET /api/v1/runs/{id}/charts/{kind}/{name}": {
    allowed: READERS,
    input: async (fx) => ({ params: { id: (await experimentRunOf(fx)).id, kind: "confusion", name: "confusion_matrix" } }),
  },
  "GET /api/v1/runs/{id}/artifacts/{path}": {
    allowed: READERS,
    input: async (fx) => ({ params: { id: (await experimentRunWithFileOf(fx)).id, path: ["model", "model.pkl"] } }),
  },
  "GET /api/v1/runs/{id}/metrics/{key}/csv": { allowed: READERS, input: async (fx) => ({ params: { id: (await experimentRunOf(fx)).id, key: "loss" } }) },
  "GET /api/v1/runs/{id}/rules": { allowed: READERS, input: async (fx) => ({ params: { id: (await experimentRunOf(fx)).id } }) },
  "POST /api/v1/runs/{id}/rules": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ params: { id: (await experimentRunOf(fx)).id }, body: { kind: "nan", metric: "loss" } }),
  },
  "GET /api/v1/alerts": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "GET /api/v1/runs/{id}/system": { allowed: READERS, input: async (fx) => ({ params: { id: (await experimentRunOf(fx)).id } }) },
  // No worker is online in a fixture's team: a job stays queued.
  "POST /api/v1/jobs": {
    allowed: SCIENTISTS,
    input: (fx) => ({ body: { projectId: fx.project.id, name: "train", source: { kind: "files", files: [{ path: "train.py", data: "cHJpbnQoMSk=" }] } } }),
  },
  "GET /api/v1/jobs": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "GET /api/v1/jobs/{id}": { allowed: READERS, input: async (fx) => ({ params: { id: (await jobOf(fx)).id } }) },
  "GET /api/v1/jobs/{id}/logs": { allowed: READERS, input: async (fx) => ({ params: { id: (await jobOf(fx)).id } }) },
  "POST /api/v1/jobs/{id}/cancel": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await jobOf(fx)).id } }) },
  "POST /api/v1/sweeps": {
    allowed: SCIENTISTS,
    input: (fx) => ({
      body: {
        projectId: fx.project.id,
        name: "tune",
        source: { kind: "files", files: [{ path: "train.py", data: "cHJpbnQoMSk=" }] },
        space: { lr: { type: "float", min: 0.001, max: 0.1, log: true } },
        objective: { metric: "loss", direction: "minimize" },
      },
    }),
  },
  "POST /api/v1/automl": {
    allowed: SCIENTISTS,
    input: (fx) => ({
      body: { projectId: fx.project.id, name: "automl", target: "y", file: { path: "t.csv", data: Buffer.from("x,y\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n9,a\n10,b\n").toString("base64") } },
    }),
  },
  "GET /api/v1/sweeps": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "GET /api/v1/sweeps/{id}": { allowed: READERS, input: async (fx) => ({ params: { id: (await sweepOf(fx)).id } }) },
  "POST /api/v1/sweeps/{id}/cancel": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await sweepOf(fx)).id } }) },
  "POST /api/v1/uploads": { allowed: SCIENTISTS, ownTeam: true, input: () => ({ body: { fileName: "a.csv", sizeBytes: 4 } }) },
  "GET /api/v1/uploads/{id}": { allowed: ["OWNER"], input: async (fx) => ({ params: { id: (await uploadOf(fx)).id } }) },
  "PUT /api/v1/uploads/{id}": {
    allowed: ["OWNER"],
    input: async (fx) => {
      const upload = await uploadOf(fx);
      await mkdir(path.dirname(uploadFilePath(upload.id)), { recursive: true });
      await writeFile(uploadFilePath(upload.id), "");
      return { params: { id: upload.id }, query: { offset: 0 }, body: Buffer.from("a,b\n") };
    },
  },
  "POST /api/v1/datasets": {
    allowed: SCIENTISTS,
    ownTeam: true,
    input: async (fx, actor) => {
      const upload = await seedUpload(actor ?? fx.members.OWNER, { fileName: "t.csv", bytes: Buffer.from("a,b\n1,2\n") });
      return { body: { name: uniqueName("table"), uploadIds: [upload.id] } };
    },
  },
  "GET /api/v1/datasets": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "GET /api/v1/datasets/{id}": { allowed: READERS, input: async (fx) => ({ params: { id: (await seedTableDataset(fx.members.OWNER)).datasetId } }) },
  "GET /api/v1/datasets/{id}/versions/{number}/rows": {
    allowed: READERS,
    input: async (fx) => ({ params: { id: (await seedTableDataset(fx.members.OWNER)).datasetId, number: 1 } }),
  },
  "GET /api/v1/datasets/{id}/versions/{number}/rows.jsonl": {
    allowed: READERS,
    input: async (fx) => ({ params: { id: (await seedTableDataset(fx.members.OWNER)).datasetId, number: 1 } }),
  },
  "GET /api/v1/datasets/{id}/versions/{number}/files": {
    allowed: READERS,
    input: async (fx) => ({ params: { id: (await seedImageDataset(fx.members.OWNER)).dataset.id, number: 1 } }),
  },
  // An annotator reads the images of a project they are assigned to.
  "GET /api/v1/datasets/{id}/versions/{number}/files/{path}": {
    allowed: ALL_ROLES,
    input: async (fx) => ({ params: { id: (await labelingOf(fx)).datasetId, number: 1, path: "images/0000.png" } }),
  },
  "POST /api/v1/labeling/projects": {
    allowed: SCIENTISTS,
    ownTeam: true,
    input: async (fx, actor) => {
      const { dataset } = await seedImageDataset(actor ?? fx.members.OWNER);
      return { body: { name: "boxes", datasetId: dataset.id, versionNumber: 1, template: "object_detection", labels: [{ name: "cat", color: "#aa3300" }] } };
    },
  },
  "GET /api/v1/labeling/projects": { allowed: ALL_ROLES, ownTeam: true, input: () => ({}) },
  "GET /api/v1/labeling/projects/{id}": { allowed: ALL_ROLES, input: async (fx) => ({ params: { id: (await labelingOf(fx)).projectId } }) },
  "PATCH /api/v1/labeling/projects/{id}": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ params: { id: (await labelingOf(fx)).projectId }, body: { instructions: "Box every animal." } }),
  },
  "POST /api/v1/labeling/projects/{id}/next": { allowed: LABELERS, input: async (fx) => ({ params: { id: (await labelingOf(fx)).projectId } }) },
  "GET /api/v1/labeling/projects/{id}/items/{itemId}": { allowed: LABELERS, input: (fx, actor) => heldItemOf(fx, actor) },
  "POST /api/v1/labeling/projects/{id}/items/{itemId}/annotation": {
    allowed: LABELERS,
    input: async (fx, actor) => ({ ...(await heldItemOf(fx, actor)), body: { action: "submit", result: { kind: "boxes", boxes: [] } } }),
  },
  "GET /api/v1/labeling/projects/{id}/review": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await labelingOf(fx)).projectId } }) },
  "POST /api/v1/labeling/projects/{id}/items/{itemId}/review": {
    allowed: SCIENTISTS,
    input: async (fx, actor) => ({ ...(await heldItemOf(fx, actor)), body: { action: "fix", result: { kind: "boxes", boxes: [] } } }),
  },
  "POST /api/v1/labeling/projects/{id}/exports": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ params: { id: (await labelingOf(fx)).projectId }, body: { format: "coco" } }),
  },
  "GET /api/v1/labeling/projects/{id}/exports": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await labelingOf(fx)).projectId } }) },
  "GET /api/v1/labeling/projects/{id}/exports/{exportId}/file": { allowed: SCIENTISTS, input: (fx) => exportOf(fx) },
  "POST /api/v1/labeling/projects/{id}/exports/{exportId}/dataset": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ ...(await exportOf(fx, "csv")), body: { name: uniqueName("labels") } }),
  },
  "POST /api/v1/labeling/projects/{id}/import": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ params: { id: (await labelingOf(fx)).projectId }, body: { tasks: [{ data: { image: "images/0000.png" }, predictions: [{ result: [] }] }] } }),
  },
  "GET /api/v1/models": { allowed: READERS, ownTeam: true, input: () => ({}) },
  // Another team's member is told the run does not exist.
  "POST /api/v1/models": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const { run, artifactPath } = await seedRunWithModel(fx.members.OWNER, { projectId: fx.project.id });
      return { body: { modelName: uniqueName("model"), source: { kind: "run", runId: run.id, artifactPath } } };
    },
  },
  "GET /api/v1/models/{id}": { allowed: READERS, input: async (fx) => ({ params: { id: (await modelOf(fx)).modelId } }) },
  "POST /api/v1/models/{id}/aliases": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await modelOf(fx)).modelId }, body: { alias: "staging", number: 1 } }) },
  "DELETE /api/v1/models/{id}/aliases/{alias}": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const { modelId } = await modelOf(fx);
      await setModelAlias(fx.members.OWNER, { modelId, alias: "staging", number: 1 });
      return { params: { id: modelId, alias: "staging" } };
    },
  },
  "PATCH /api/v1/models/{id}/versions/{number}": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await modelOf(fx)).modelId, number: 1 }, body: { status: "ARCHIVED" } }) },
  "GET /api/v1/endpoints": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "POST /api/v1/endpoints": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const version = await seedModelVersion(fx.members.OWNER, { projectId: fx.project.id });
      return { body: { name: uniqueName("ep").toLowerCase().replace(/[^a-z0-9-]/g, "-"), modelId: version.modelId, number: 1 } };
    },
  },
  "GET /api/v1/endpoints/{id}": { allowed: READERS, input: async (fx) => ({ params: { id: (await endpointOf(fx)).id } }) },
  "PATCH /api/v1/endpoints/{id}": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await endpointOf(fx)).id }, body: { capturePercent: 50 } }) },
  "DELETE /api/v1/endpoints/{id}": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await endpointOf(fx)).id } }) },
  "POST /api/v1/endpoints/{id}/deployments": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const endpoint = await endpointOf(fx);
      const { run, artifactPath } = await seedRunWithModel(fx.members.OWNER, { projectId: fx.project.id });
      const model = await db.registeredModel.findUniqueOrThrow({ where: { id: endpoint.version.modelId } });
      const second = await registerModelVersion(fx.members.OWNER, { modelName: model.name, description: "", source: { kind: "run", runId: run.id, artifactPath } });
      return { params: { id: endpoint.id }, body: { modelId: second.modelId, number: second.number, trafficPercent: 10 } };
    },
  },
  "POST /api/v1/endpoints/{id}/traffic": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const endpoint = await seedCanaryEndpoint(fx.members.OWNER, { projectId: fx.project.id });
      return { params: { id: endpoint.id }, body: { deploymentId: endpoint.canaryId, trafficPercent: 50 } };
    },
  },
  "POST /api/v1/endpoints/{id}/promote": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const endpoint = await seedCanaryEndpoint(fx.members.OWNER, { projectId: fx.project.id });
      return { params: { id: endpoint.id }, body: { deploymentId: endpoint.canaryId } };
    },
  },
  "POST /api/v1/endpoints/{id}/rollback": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const endpoint = await seedCanaryEndpoint(fx.members.OWNER, { projectId: fx.project.id });
      return { params: { id: endpoint.id }, body: { deploymentId: endpoint.canaryId } };
    },
  },
  "GET /api/v1/endpoints/{id}/traffic": { allowed: READERS, input: async (fx) => ({ params: { id: (await endpointOf(fx)).id }, query: { minutes: 15 } }) },
  "GET /api/v1/endpoints/{id}/requests": { allowed: READERS, input: async (fx) => ({ params: { id: (await endpointOf(fx)).id } }) },
  "GET /api/v1/monitors": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "POST /api/v1/monitors": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const endpoint = await endpointOf(fx);
      const dataset = await seedTableDataset(fx.members.OWNER);
      return { body: { endpointId: endpoint.id, projectId: fx.project.id, datasetVersionId: dataset.versionId } };
    },
  },
  "GET /api/v1/monitors/{id}": { allowed: READERS, input: async (fx) => ({ params: { id: (await monitorOf(fx)).id } }) },
  "POST /api/v1/monitors/{id}/compute": { allowed: SCIENTISTS, input: async (fx) => ({ params: { id: (await monitorOf(fx)).id } }) },
  // Only the monitor's own job may: no person, whatever their role.
  "GET /api/v1/monitors/{id}/window": { allowed: [], input: async (fx) => ({ params: { id: (await monitorOf(fx)).id }, query: { start: new Date(0), end: new Date() } }) },
  "POST /api/v1/monitors/{id}/baseline": { allowed: [], input: async (fx) => ({ params: { id: (await monitorOf(fx)).id }, body: { baseline: { features: {} } } }) },
  "POST /api/v1/monitors/{id}/results": {
    allowed: [],
    input: async (fx) => ({ params: { id: (await monitorOf(fx)).id }, body: { windowStart: new Date(0), windowEnd: new Date(), result: { features: {}, summary: { drifted_features: [], rows: 0 } } } }),
  },
  "POST /api/v1/monitors/{id}/failure": { allowed: [], input: async (fx) => ({ params: { id: (await monitorOf(fx)).id }, body: { reason: "no" } }) },
  "POST /api/v1/monitors/{id}/windows/{resultId}/labeling": {
    allowed: SCIENTISTS,
    input: async (fx) => {
      const monitor = await monitorOf(fx);
      const at = new Date();
      await db.endpointRequest.create({ data: { endpointId: monitor.endpointId, protocol: "mlflow", status: 200, latencyMs: 1, at, inputs: { x: [1, 2] }, outputs: { predict: [0, 1] } } });
      const result = await db.monitorResult.create({ data: { monitorId: monitor.id, windowStart: new Date(at.getTime() - 1000), windowEnd: new Date(at.getTime() + 1000), rows: 2, features: {}, drifted: ["x"] } });
      return { params: { id: monitor.id, resultId: result.id } };
    },
  },
  "GET /api/v1/workers": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "GET /api/v1/worker-tokens": { allowed: READERS, ownTeam: true, input: () => ({}) },
  "POST /api/v1/worker-tokens": { allowed: ADMINS, ownTeam: true, input: () => ({ body: { name: "gpu box" } }) },
  "DELETE /api/v1/worker-tokens/{id}": {
    allowed: ADMINS,
    input: async (fx) => ({ params: { id: (await seedWorkerToken(fx.team.id, fx.members.OWNER.userId)).id } }),
  },
};

const SOCKET_TABLE: Record<string, TRow> = {
  "room:join": { allowed: READERS, input: (fx) => ({ room: { kind: "project", id: fx.project.id } }) },
  "room:leave": { allowed: ALL_ROLES, ownTeam: true, input: () => ({ room: { kind: "team" } }) },
  // No worker is online in a fixture's team: kernels queue, controls find nothing to do.
  "kernel:start": { allowed: SCIENTISTS, input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId }) },
  "kernel:interrupt": { allowed: SCIENTISTS, input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId }) },
  "kernel:restart": { allowed: SCIENTISTS, input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId }) },
  "kernel:shutdown": { allowed: SCIENTISTS, input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId }) },
  "cell:execute": { allowed: SCIENTISTS, input: async (fx) => ({ ...(await notebookOf(fx)), code: "1+1" }) },
  "labeling:next": { allowed: LABELERS, input: async (fx) => ({ projectId: (await labelingOf(fx)).projectId }) },
  "labeling:submit": {
    allowed: LABELERS,
    input: async (fx, actor) => {
      const { params } = await heldItemOf(fx, actor);
      return { projectId: params.id, itemId: params.itemId, body: { action: "submit", result: { kind: "boxes", boxes: [] } } };
    },
  },
  "cell:complete": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId, code: "import num", cursorPos: 10 }),
  },
  "cell:inspect": {
    allowed: SCIENTISTS,
    input: async (fx) => ({ notebookId: (await notebookOf(fx)).notebookId, code: "print", cursorPos: 5 }),
  },
};

// Files that hold route handlers not made with defineRoute: next-auth's own endpoints.
const ROUTE_FILES_NOT_IN_REGISTRY = new Set(["app/api/auth/[...nextauth]/route.ts"]);

const CALLERS: TCaller[] = [...ROLES, "OUTSIDER", "ANONYMOUS"];
const DENIED = ["forbidden", "not_found", "unauthenticated"];

function actorFor(fixture: TFixture, caller: TCaller): TActor | null {
  if (caller === "ANONYMOUS") return null;
  return caller === "OUTSIDER" ? fixture.outsider : fixture.members[caller];
}

function isAllowed(row: TRow, caller: TCaller): boolean {
  if (caller === "OUTSIDER" && row.ownTeam) return isAllowed(row, "OWNER");
  return row.allowed === "everyone" || row.allowed.includes(caller);
}

type TOutcome = { ok: true } | { ok: false; code: string; message: string };

async function expectOutcome(row: TRow, caller: TCaller, call: (actor: TActor | null, input: unknown) => Promise<TOutcome>) {
  const fixture = await seedTeamWithEveryRole();
  const actor = actorFor(fixture, caller);
  const outcome = await call(actor, await row.input(fixture, actor));
  if (isAllowed(row, caller)) expect(outcome, JSON.stringify(outcome)).toEqual({ ok: true });
  else expect(DENIED, JSON.stringify(outcome)).toContain(outcome.ok ? "allowed" : outcome.code);
}

const actionModules = import.meta.glob<Record<string, TDefinedAction>>("/lib/**/actions.ts", { eager: true });
const actions = Object.entries(actionModules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, action]) => [`${path.basename(path.dirname(file))}.${name}`, action] as const),
);

describe("every server action", () => {
  it("is in the permission table, and every row names a real action", () => {
    expect(actions.map(([name]) => name).sort()).toEqual(Object.keys(ACTION_TABLE).sort());
  });
  for (const [name, action] of actions) {
    const row = ACTION_TABLE[name];
    if (!row) continue;
    it.each(CALLERS)(`${name} as %s`, async (caller) => {
      await expectOutcome(row, caller, async (actor, input) => {
        const result = await action.invoke(actor, input);
        return result.ok ? { ok: true } : { ok: false, code: result.error.code, message: result.error.message };
      });
    });
  }
});

const routeFiles = import.meta.glob<Record<string, unknown>>("/app/api/**/route.ts", { eager: true });

describe("every REST route", () => {
  it("is in the registry and in the permission table", () => {
    const registered = new Set(ROUTES.map((route) => route.handler));
    for (const [file, exports] of Object.entries(routeFiles)) {
      if (ROUTE_FILES_NOT_IN_REGISTRY.has(file.slice(1))) continue;
      for (const [method, handler] of Object.entries(exports)) {
        expect(registered.has(handler as never), `${file} ${method} is not made with defineRoute or not in ROUTES`).toBe(true);
      }
    }
    expect(ROUTES.map((r) => `${r.spec.method} ${r.spec.path}`).sort()).toEqual(Object.keys(ROUTE_TABLE).sort());
  });
  for (const route of ROUTES) {
    const name = `${route.spec.method} ${route.spec.path}`;
    const row = ROUTE_TABLE[name];
    if (!row) continue;
    it.each(CALLERS)(`${name} as %s`, async (caller) => {
      await expectOutcome(row, caller, async (actor, input) => {
        const { status, body } = await route.invoke(actor, input as never);
        if (status < 400) return { ok: true };
        const error = body as { code: string; message: string };
        return { ok: false, code: error.code, message: error.message };
      });
    });
  }
});

function handleSocketEvent(event: TStudioInboundEvent) {
  return async (actor: TActor | null, input: unknown): Promise<TOutcome> => {
    try {
      await STUDIO_HANDLERS[event](actor, STUDIO_INBOUND[event].parse(input) as never);
      return { ok: true };
    } catch (error) {
      const { body } = toErrorBody(error);
      return { ok: false, code: body.code, message: body.message };
    }
  };
}

describe("every socket event", () => {
  it("has a handler and a row", () => {
    expect(Object.keys(STUDIO_HANDLERS).sort()).toEqual(Object.keys(STUDIO_INBOUND).sort());
    expect(Object.keys(SOCKET_TABLE).sort()).toEqual(Object.keys(STUDIO_INBOUND).sort());
  });
  for (const [event, row] of Object.entries(SOCKET_TABLE)) {
    it.each(CALLERS)(`${event} as %s`, (caller) => expectOutcome(row, caller, handleSocketEvent(event as TStudioInboundEvent)));
  }
});

// room:join's row above joins a project; the other kinds of room each have their own rule.
const ROOM_TABLE: Record<string, TRow> = {
  notebook: { allowed: READERS, input: async (fx) => ({ room: { kind: "notebook", id: (await notebookOf(fx)).notebookId } }) },
  // Workers and their load are not for annotators.
  workers: { allowed: READERS, ownTeam: true, input: () => ({ room: { kind: "workers" } }) },
  team: { allowed: ALL_ROLES, ownTeam: true, input: () => ({ room: { kind: "team" } }) },
  // Runs are for readers, not annotators.
  runs: { allowed: READERS, ownTeam: true, input: () => ({ room: { kind: "runs" } }) },
  run: { allowed: READERS, input: async (fx) => ({ room: { kind: "run", id: (await experimentRunOf(fx)).id } }) },
  jobs: { allowed: READERS, ownTeam: true, input: () => ({ room: { kind: "jobs" } }) },
  job: { allowed: READERS, input: async (fx) => ({ room: { kind: "job", id: (await jobOf(fx)).id } }) },
  sweeps: { allowed: READERS, ownTeam: true, input: () => ({ room: { kind: "sweeps" } }) },
  sweep: { allowed: READERS, input: async (fx) => ({ room: { kind: "sweep", id: (await sweepOf(fx)).id } }) },
  endpoints: { allowed: READERS, ownTeam: true, input: () => ({ room: { kind: "endpoints" } }) },
  endpoint: { allowed: READERS, input: async (fx) => ({ room: { kind: "endpoint", id: (await endpointOf(fx)).id } }) },
  monitors: { allowed: READERS, ownTeam: true, input: () => ({ room: { kind: "monitors" } }) },
  monitor: { allowed: READERS, input: async (fx) => ({ room: { kind: "monitor", id: (await monitorOf(fx)).id } }) },
};

describe("joining a room", () => {
  for (const [kind, row] of Object.entries(ROOM_TABLE)) {
    it.each(CALLERS)(`${kind} as %s`, (caller) => expectOutcome(row, caller, handleSocketEvent("room:join")));
  }
});

describe("can()", () => {
  const teamId = "team-a";
  it("never allows across teams, and lets nobody touch another user's tokens", () => {
    const owner: TActor = { userId: "u1", teamId, role: "OWNER" };
    expect(can(owner, "project.read", { teamId: "team-b" })).toBe(false);
    expect(can(owner, "token.manage", { teamId, userId: "u2" })).toBe(false);
    expect(can(owner, "token.manage", { teamId, userId: "u1" })).toBe(true);
    expect(can(null, "team.read", { teamId })).toBe(false);
  });
  it("keeps annotators to labeling", () => {
    const annotator: TActor = { userId: "u1", teamId, role: "ANNOTATOR" };
    expect(can(annotator, "labeling.annotate", { teamId })).toBe(true);
    for (const action of ["notebook.read", "project.read", "run.read", "model.read"] as const) {
      expect(can(annotator, action, { teamId })).toBe(false);
    }
  });
  it("keeps an endpoint-scoped token to calling and reading endpoints, whatever its owner's role", () => {
    const client: TActor = { userId: "u1", teamId, role: "OWNER", isEndpointOnly: true };
    expect(can(client, "endpoint.invoke", { teamId })).toBe(true);
    expect(can(client, "endpoint.read", { teamId })).toBe(true);
    for (const action of ["model.read", "endpoint.manage", "run.read", "dataset.read", "token.manage"] as const) {
      expect(can(client, action, { teamId })).toBe(false);
    }
    expect(can({ userId: "u2", teamId, role: "VIEWER", isEndpointOnly: true }, "endpoint.invoke", { teamId })).toBe(false);
  });
  it("lets a job's token write only its own job's runs, and read the team's", () => {
    const job: TActor = { userId: "u1", teamId, role: "OWNER", jobId: "job-1" };
    expect(can(job, "run.create", { teamId })).toBe(true); // a new run: the job's own
    expect(can(job, "run.create", { teamId, jobId: "job-1" })).toBe(true);
    expect(can(job, "run.create", { teamId, jobId: "job-2" })).toBe(false);
    expect(can(job, "run.create", { teamId, jobId: null })).toBe(false);
    expect(can(job, "run.read", { teamId, jobId: "job-2" })).toBe(true);
    expect(can({ userId: "u1", teamId, role: "MEMBER" }, "run.create", { teamId, jobId: "job-2" })).toBe(true);
  });
});

it("shows a member of another team none of this team's data", async () => {
  const fixture = await seedTeamWithEveryRole();
  const route = (name: string) => ROUTES.find((r) => `${r.spec.method} ${r.spec.path}` === name)!;
  const list = await route("GET /api/v1/projects").invoke(fixture.outsider, {});
  expect(JSON.stringify(list.body)).not.toContain(fixture.project.id);
  const me = await route("GET /api/v1/me").invoke(fixture.outsider, {});
  expect(JSON.stringify(me.body)).not.toContain(fixture.team.id);
  const created = await route("POST /api/v1/projects").invoke(fixture.outsider, { body: { name: "Theirs" } });
  expect(await db.project.count({ where: { id: (created.body as { id: string }).id, teamId: fixture.outsider.teamId } })).toBe(1);
});

it("leaves stored data unchanged when an action is refused", async () => {
  const fixture = await seedTeamWithEveryRole();
  const before = await db.project.count({ where: { teamId: fixture.team.id } });
  const [, createProject] = actions.find(([name]) => name === "projects.createProjectAction")!;
  const refused = await createProject.invoke(fixture.members.VIEWER, { name: "Not allowed" });
  const invalid = await createProject.invoke(fixture.members.OWNER, { name: "" });
  expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
  expect(invalid).toMatchObject({ ok: false, error: { code: "bad_input", fieldErrors: { name: expect.any(Array) } } });
  expect(await db.project.count({ where: { teamId: fixture.team.id } })).toBe(before);
});
