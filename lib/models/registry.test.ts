// The registry against the real database: versions numbered per model, metrics and lineage
// kept, aliases moving between versions, archiving, and bad sources refused with nothing made.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedExperimentRun, seedRunWithModel, seedTableDataset, seedTeamWithEveryRole, seedUpload, uniqueName } from "@/prisma/seed/factories";
import { getModel } from "./get-model";
import { setModelAlias, setModelVersionStatus } from "./manage-model-versions";
import { registerModelVersion } from "./register-model-version";

describe("the model registry", () => {
  it("numbers versions per model and keeps each one's metrics, signature and lineage", async () => {
    const { members, project } = await seedTeamWithEveryRole();
    const owner = members.OWNER;
    const modelName = uniqueName("iris");
    const dataset = await seedTableDataset(owner);
    const first = await seedRunWithModel(owner, { projectId: project.id });
    const second = await seedRunWithModel(owner, { projectId: project.id });
    const v1 = await registerModelVersion(owner, { modelName, description: "", datasetVersionId: dataset.versionId, source: { kind: "run", runId: first.run.id, artifactPath: first.artifactPath } });
    const v2 = await registerModelVersion(members.MEMBER, { modelName, description: "tuned", source: { kind: "run", runId: second.run.id, artifactPath: second.artifactPath } });
    expect([v1.number, v2.number]).toEqual([1, 2]);
    expect(v2.modelId).toBe(v1.modelId);

    const model = await getModel(members.VIEWER, v1.modelId);
    expect(model.versions.map((v) => v.number)).toEqual([2, 1]);
    const [latest, oldest] = model.versions;
    expect(oldest.metrics).toEqual({ loss: 0.25 });
    expect(oldest.signature?.inputs[0].name).toBe("x");
    expect(oldest.run?.id).toBe(first.run.id);
    expect(oldest.datasetVersion?.id).toBe(dataset.versionId);
    expect(latest.description).toBe("tuned");
    expect(latest.createdBy).toBe((await db.user.findUniqueOrThrow({ where: { id: members.MEMBER.userId } })).name);
  });

  it("moves an alias to the version it is set on, and archiving takes a version's aliases", async () => {
    const { members, project } = await seedTeamWithEveryRole();
    const owner = members.OWNER;
    const modelName = uniqueName("m");
    for (let i = 0; i < 2; i++) {
      const { run, artifactPath } = await seedRunWithModel(owner, { projectId: project.id });
      await registerModelVersion(owner, { modelName, description: "", source: { kind: "run", runId: run.id, artifactPath } });
    }
    const { id: modelId } = await db.registeredModel.findFirstOrThrow({ where: { name: modelName } });
    await setModelAlias(owner, { modelId, alias: "production", number: 1 });
    await setModelAlias(owner, { modelId, alias: "production", number: 2 });
    await setModelAlias(owner, { modelId, alias: "staging", number: 1 });
    let model = await getModel(owner, modelId);
    expect(model.versions.map((v) => [v.number, v.aliases])).toEqual([
      [2, ["production"]],
      [1, ["staging"]],
    ]);

    await setModelVersionStatus(owner, { modelId, number: 1, status: "ARCHIVED" });
    model = await getModel(owner, modelId);
    expect(model.versions[1]).toMatchObject({ status: "ARCHIVED", aliases: [] });
    await expect(setModelAlias(owner, { modelId, alias: "staging", number: 1 })).rejects.toThrow(/archived/);
  });

  it("registers an uploaded file with the flavor and signature given", async () => {
    const { members } = await seedTeamWithEveryRole();
    const upload = await seedUpload(members.MEMBER, { fileName: "forest.joblib", bytes: Buffer.from("joblib bytes") });
    const signature = { inputs: [{ name: "input", type: "float32", shape: [-1, 4] }], outputs: [] };
    const registered = await registerModelVersion(members.MEMBER, { modelName: uniqueName("forest"), description: "", source: { kind: "upload", uploadId: upload.id, flavor: "xgboost", signature } });
    const version = await db.modelVersion.findUniqueOrThrow({ where: { id: registered.versionId } });
    expect(version).toMatchObject({ flavor: "xgboost", fileName: "model.joblib", sizeBytes: 12, signature });
  });

  it("refuses what is not a model, another team's run and an unknown dataset version, making nothing", async () => {
    const { members, project, outsider } = await seedTeamWithEveryRole();
    const owner = members.OWNER;
    const plain = await seedExperimentRun(owner, { projectId: project.id });
    await db.runArtifact.create({ data: { runId: plain.id, path: "plot.png", size: 1 } });
    const modelName = uniqueName("refused");
    await expect(registerModelVersion(owner, { modelName, description: "", source: { kind: "run", runId: plain.id, artifactPath: "plot.png" } })).rejects.toThrow(/is not a model/);
    const { run, artifactPath } = await seedRunWithModel(owner, { projectId: project.id });
    await expect(registerModelVersion(outsider, { modelName, description: "", source: { kind: "run", runId: run.id, artifactPath } })).rejects.toThrow(/no file/);
    await expect(registerModelVersion(owner, { modelName, description: "", datasetVersionId: "nope", source: { kind: "run", runId: run.id, artifactPath } })).rejects.toThrow(/dataset version/);
    await expect(registerModelVersion(members.VIEWER, { modelName, description: "", source: { kind: "run", runId: run.id, artifactPath } })).rejects.toThrow(/role/);
    expect(await db.registeredModel.count({ where: { name: modelName } })).toBe(0);
  });
});
