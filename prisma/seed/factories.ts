// Seed functions per entity, used by tests as factories and by benchmarks for data.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CellType, KernelState, NotebookRunStatus, Prisma, Role } from "@prisma/client";
import type { TCapabilities } from "@/lib/protocol";
import { db } from "@/lib/db";
import { generateSecretToken } from "@/lib/auth/secret-token";
import { hashPassword } from "@/lib/auth/password";
import { createSortableId } from "@/lib/kernels/sortable-id";
import type { TActor } from "@/lib/permissions";
import { ROLES } from "@/lib/permissions";
import { writeArtifact } from "@/lib/artifacts/artifact-store";
import { createDatasetVersion } from "@/lib/datasets/create-dataset-version";
import { datasetVersionKey } from "@/lib/datasets/dataset-storage";
import { uploadFilePath } from "@/lib/datasets/upload-storage";
import { createLabelingProject } from "@/lib/labeling/create-labeling-project";
import { createEndpoint } from "@/lib/endpoints/create-endpoint";
import { deployVersion } from "@/lib/endpoints/manage-deployments";
import { registerModelVersion } from "@/lib/models/register-model-version";
import type { TModelSignature } from "@/lib/models/schemas";
import { artifactKey } from "@/lib/runs/store-run-records";
import { solidPng } from "./png";

let sequence = 0;
function unique(label: string) {
  sequence += 1;
  return `${label}-${process.pid}-${Date.now().toString(36)}-${sequence}`;
}

export const SEED_PASSWORD = "correct horse battery";
// Hashing once keeps factories fast; argon2 is deliberately slow.
let passwordHash: Promise<string> | undefined;

export async function seedUser(options: { email?: string; name?: string } = {}) {
  passwordHash ??= hashPassword(SEED_PASSWORD);
  return db.user.create({
    data: {
      email: options.email ?? `${unique("user")}@example.test`,
      name: options.name ?? "Test User",
      passwordHash: await passwordHash,
    },
  });
}

export async function seedTeam(name = unique("team")) {
  return db.team.create({ data: { name } });
}

export async function seedMember(teamId: string, role: Role): Promise<TActor & { membershipId: string }> {
  const user = await seedUser({ name: `${role.toLowerCase()} user` });
  const membership = await db.membership.create({ data: { userId: user.id, teamId, role } });
  return { userId: user.id, teamId, role, membershipId: membership.id };
}

export async function seedProject(teamId: string, name = unique("project")) {
  return db.project.create({ data: { teamId, name, slug: name.toLowerCase() } });
}

export async function seedApiToken(actor: TActor, name = "test token") {
  const { token, tokenHash, prefix } = generateSecretToken("mls");
  const row = await db.apiToken.create({ data: { userId: actor.userId, teamId: actor.teamId, name, tokenHash, prefix } });
  return { ...row, token };
}

export async function seedWorkerToken(teamId: string, createdById: string) {
  const { token, tokenHash, prefix } = generateSecretToken("mlw");
  const row = await db.workerToken.create({ data: { teamId, createdById, name: "test worker", tokenHash, prefix } });
  return { ...row, token };
}

export async function seedInvite(teamId: string, createdById: string, role: Role = "MEMBER") {
  const { token, tokenHash } = generateSecretToken("inv");
  const row = await db.invite.create({
    data: { teamId, role, tokenHash, createdById, expiresAt: new Date(Date.now() + 3600_000) },
  });
  return { ...row, token };
}

export async function seedNotebook(
  actor: TActor,
  options: { projectId?: string; name?: string; gpus?: number; cells?: Array<{ type?: CellType; source?: string }> } = {},
) {
  const projectId = options.projectId ?? (await seedProject(actor.teamId)).id;
  const cells = options.cells ?? [{ type: "CODE", source: "" }];
  return db.notebook.create({
    data: {
      teamId: actor.teamId,
      projectId,
      name: options.name ?? unique("notebook"),
      gpus: options.gpus ?? 0,
      createdById: actor.userId,
      cells: {
        create: cells.map((cell, position) => ({ position, type: cell.type ?? "CODE", source: cell.source ?? "", updatedById: actor.userId })),
      },
    },
    include: { cells: { orderBy: { position: "asc" } } },
  });
}

export function seedCapabilities(options: { hostname?: string; gpus?: number; jobSlots?: number } = {}): TCapabilities {
  return {
    hostname: options.hostname ?? unique("host"),
    cpuCores: 4,
    memoryBytes: 16 * 2 ** 30,
    gpus: Array.from({ length: options.gpus ?? 0 }, (_, index) => ({ index, name: "NVIDIA H100 80GB HBM3", memoryBytes: 80 * 2 ** 30 })),
    python: { executable: "/usr/bin/python3", version: "3.11.2" },
    packages: { numpy: "1.24.2", torch: null },
    jobSlots: options.jobSlots ?? 2,
  };
}

/** A worker row as a hello leaves it (no process behind it: for scheduling and listing). */
type TSeedWorker = { hostname?: string; gpus?: number; jobSlots?: number; status?: "ONLINE" | "OFFLINE"; workerTokenId?: string };

export async function seedWorker(teamId: string, options: TSeedWorker = {}) {
  const workerTokenId = options.workerTokenId ?? (await seedWorkerToken(teamId, "seed")).id;
  const capabilities = seedCapabilities(options);
  return db.worker.create({
    data: { teamId, workerTokenId, hostname: capabilities.hostname, status: options.status ?? "ONLINE", capabilities: capabilities as Prisma.InputJsonValue },
  });
}

export async function seedKernelSession(notebook: { id: string; teamId: string }, options: { workerId?: string; state?: KernelState; gpus?: number } = {}) {
  return db.kernelSession.create({
    data: { teamId: notebook.teamId, notebookId: notebook.id, workerId: options.workerId, state: options.state ?? "IDLE", gpus: options.gpus ?? 0 },
  });
}

/** A training job as createJob leaves it, queued (its files are not in the artifact store). */
export async function seedJob(actor: TActor, options: { projectId: string; gpus?: number; maxRetries?: number; name?: string }) {
  return db.job.create({
    data: {
      teamId: actor.teamId,
      projectId: options.projectId,
      name: options.name ?? unique("job"),
      command: "python train.py",
      files: [{ path: "train.py", size: 0 }],
      gpus: options.gpus ?? 0,
      maxRetries: options.maxRetries ?? 0,
      createdById: actor.userId,
    },
  });
}

/** A sweep with no trial yet, as if its first trials were still to be made. */
export async function seedSweep(actor: TActor, options: { projectId: string }) {
  return db.sweep.create({
    data: {
      teamId: actor.teamId,
      projectId: options.projectId,
      name: unique("sweep"),
      method: "RANDOM",
      space: { lr: { type: "float", min: 0.001, max: 0.1, log: true } },
      objectiveMetric: "loss",
      isMaximized: false,
      maxTrials: 4,
      parallelism: 2,
      earlyStopping: { type: "none" },
      seed: 1,
      command: "python train.py --lr {lr}",
      files: [{ path: "train.py", size: 0 }],
      createdById: actor.userId,
    },
  });
}

type TSeedRun = {
  workerId?: string;
  sessionState?: KernelState;
  status?: NotebookRunStatus;
  stopOnError?: boolean;
  timeoutSeconds?: number;
  /** Cells to run, in order: each gets a QUEUED execution of its source. */
  cells?: Array<{ id: string; source: string }>;
};

/** A headless run on a session of its own, as startNotebookRun leaves it (with no worker behind it). */
export async function seedNotebookRun(notebook: { id: string; teamId: string; createdById: string }, options: TSeedRun = {}) {
  const session = await seedKernelSession(notebook, { workerId: options.workerId, state: options.sessionState ?? "QUEUED" });
  const run = await db.notebookRun.create({
    data: {
      teamId: notebook.teamId,
      notebookId: notebook.id,
      sessionId: session.id,
      createdById: notebook.createdById,
      status: options.status ?? "QUEUED",
      stopOnError: options.stopOnError ?? true,
      timeoutSeconds: options.timeoutSeconds ?? null,
    },
  });
  const queuedAt = new Date();
  const executions = (options.cells ?? []).map((cell) => ({ id: createSortableId(), sessionId: session.id, cellId: cell.id, code: cell.source, runId: run.id, queuedAt }));
  await db.execution.createMany({ data: executions });
  return { run, session, executions };
}

/** An experiment run with one metric of a few points, as the SDK would have logged it. */
export async function seedExperimentRun(actor: TActor, options: { projectId: string; name?: string; losses?: number[] }) {
  const run = await db.run.create({
    data: {
      id: randomBytes(16).toString("hex"),
      teamId: actor.teamId,
      projectId: options.projectId,
      name: options.name ?? unique("run"),
      createdById: actor.userId,
      startedAt: new Date(),
      params: { lr: 0.01 },
    },
  });
  const losses = options.losses ?? [1, 0.5, 0.25];
  await db.runMetric.create({
    data: {
      runId: run.id,
      key: "loss",
      count: losses.length,
      lastStep: losses.length - 1,
      lastValue: losses.at(-1),
      points: { create: losses.map((value, step) => ({ step, time: Date.now() / 1000, value })) },
    },
  });
  return run;
}

/** A team with one member of every role, one project, and the same for a second team. */
export async function seedTeamWithEveryRole() {
  const team = await seedTeam();
  const members = Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, await seedMember(team.id, role)] as const)),
  ) as Record<Role, TActor & { membershipId: string }>;
  const project = await seedProject(team.id);
  const otherTeam = await seedTeam();
  const outsider = await seedMember(otherTeam.id, "OWNER");
  return { team, members, project, outsider };
}

export { unique as uniqueName };

/** An image dataset with one version of `count` small PNGs, stored as an upload would store them. */
export async function seedImageDataset(actor: TActor, options: { count?: number; name?: string } = {}) {
  const count = options.count ?? 3;
  const dataset = await db.dataset.create({ data: { teamId: actor.teamId, name: options.name ?? unique("images") } });
  const version = await db.datasetVersion.create({
    data: { datasetId: dataset.id, teamId: actor.teamId, number: 1, format: "IMAGES", sizeBytes: 0, rowCount: count, createdById: actor.userId },
  });
  const files = Array.from({ length: count }, (_, index) => ({ path: `images/${String(index).padStart(4, "0")}.png`, bytes: solidPng(64, 48) }));
  await Promise.all(files.map((file) => writeArtifact(`${datasetVersionKey(version.id)}/files/${file.path}`, file.bytes)));
  await db.datasetFile.createMany({
    data: files.map((file, position) => ({ versionId: version.id, position, path: file.path, contentType: "image/png", sizeBytes: file.bytes.length, width: 64, height: 48 })),
  });
  return { dataset, version };
}

/** A detection project over a new image dataset, with the given people assigned. */
export async function seedLabelingProject(actor: TActor, options: { annotatorIds?: string[]; overlap?: number; count?: number } = {}) {
  const { dataset } = await seedImageDataset(actor, { count: options.count });
  return createLabelingProject(actor, {
    name: unique("labeling"),
    datasetId: dataset.id,
    versionNumber: 1,
    template: "object_detection",
    labels: [
      { name: "cat", color: "#d9480f", hotkey: "1" },
      { name: "dog", color: "#1971c2", hotkey: "2" },
    ],
    overlap: options.overlap ?? 1,
    annotatorIds: options.annotatorIds ?? [],
  });
}

/** A finished upload of the given bytes, as the browser leaves one before making a version. */
export async function seedUpload(actor: TActor, options: { fileName: string; bytes: Buffer }) {
  const upload = await db.upload.create({
    data: { teamId: actor.teamId, userId: actor.userId, fileName: options.fileName, sizeBytes: options.bytes.length, receivedBytes: options.bytes.length },
  });
  await mkdir(path.dirname(uploadFilePath(upload.id)), { recursive: true });
  await writeFile(uploadFilePath(upload.id), options.bytes);
  return upload;
}

/** A table dataset made the way users make one: a CSV upload, read into its first version. */
export async function seedTableDataset(actor: TActor, csv = "id,text,score\n1,good film,0.9\n2,bad plot,0.2\n3,fine,0.5\n") {
  const upload = await seedUpload(actor, { fileName: "reviews.csv", bytes: Buffer.from(csv) });
  return createDatasetVersion(actor, { name: unique("table"), uploadIds: [upload.id] });
}

/** Waits for a background export to end (tests have no page to watch its progress on). */
export async function waitForExport(exportId: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db.labelingExport.findUniqueOrThrow({ where: { id: exportId } });
    if (row.status !== "RUNNING" || Date.now() > deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A run that logged a model as run.log_model does: the file under its artifacts, with its
 * flavor and signature. Its bytes are a real model's when given, else a placeholder. */
export async function seedRunWithModel(actor: TActor, options: { projectId: string; bytes?: Buffer; signature?: TModelSignature | null }) {
  const run = await seedExperimentRun(actor, { projectId: options.projectId });
  const artifactPath = "model/model.pkl";
  const bytes = options.bytes ?? Buffer.from("not a real model");
  await writeArtifact(artifactKey(run.id, artifactPath), bytes);
  const signature = options.signature === undefined ? { inputs: [{ name: "x", type: "float64", shape: [-1] }], outputs: [{ name: "predict", type: "int64", shape: [-1] }] } : options.signature;
  await db.runArtifact.create({ data: { runId: run.id, path: artifactPath, size: bytes.length, model: { flavor: "sklearn", signature } } });
  return { run, artifactPath };
}

/** A registered version of a model, made from a run's logged model. */
export async function seedModelVersion(actor: TActor, options: { projectId: string; modelName?: string; bytes?: Buffer; signature?: TModelSignature | null }) {
  const { run, artifactPath } = await seedRunWithModel(actor, options);
  const registered = await registerModelVersion(actor, { modelName: options.modelName ?? unique("model"), description: "", source: { kind: "run", runId: run.id, artifactPath } });
  return { ...registered, runId: run.id };
}

/** An endpoint serving a new model version; its replicas wait for a worker (none is seeded). */
export async function seedEndpoint(actor: TActor, options: { projectId: string }) {
  const version = await seedModelVersion(actor, { projectId: options.projectId });
  const endpoint = await createEndpoint(actor, { name: unique("endpoint").toLowerCase().replace(/[^a-z0-9-]/g, "-"), modelId: version.modelId, number: version.number, replicas: 1, gpus: 0, capturePercent: 10 });
  return { ...endpoint, version };
}

/** An endpoint with a canary beside its first version: [primary, canary] deployment ids. */
export async function seedCanaryEndpoint(actor: TActor, options: { projectId: string; trafficPercent?: number }) {
  const endpoint = await seedEndpoint(actor, options);
  const { run, artifactPath } = await seedRunWithModel(actor, { projectId: options.projectId });
  const modelName = (await db.registeredModel.findUniqueOrThrow({ where: { id: endpoint.version.modelId } })).name;
  const second = await registerModelVersion(actor, { modelName, description: "", source: { kind: "run", runId: run.id, artifactPath } });
  const canary = await deployVersion(actor, endpoint.id, { modelId: second.modelId, number: second.number, trafficPercent: options.trafficPercent ?? 10, replicas: 1, gpus: 0 });
  return { ...endpoint, canaryId: canary.deploymentId };
}

/** A drift monitor of a new endpoint, its baseline given (as its job would post it). */
export async function seedMonitor(actor: TActor, options: { projectId: string }) {
  const endpoint = await seedEndpoint(actor, options);
  const dataset = await seedTableDataset(actor);
  const monitor = await db.monitor.create({
    data: { teamId: actor.teamId, projectId: options.projectId, endpointId: endpoint.id, datasetVersionId: dataset.versionId, createdById: actor.userId, status: "WATCHING", baseline: { features: {} }, computedUntil: new Date() },
  });
  return { ...monitor, endpoint, datasetVersionId: dataset.versionId };
}
