// The SDK's batches against the real database: what is stored, what is refused whole.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZSdkBatch, type TSdkEvent } from "@/lib/protocol/sdk-events";
import { openArtifact } from "@/lib/artifacts/artifact-store";
import { seedJob, seedMember, seedProject, seedTeam } from "@/prisma/seed/factories";
import { getMetricSeries } from "./get-metric-series";
import { getRun } from "./get-run";
import { ingestSdkBatch } from "./ingest-sdk-batch";

const runId = () => randomBytes(16).toString("hex");
const T0 = 1_700_000_000;

async function teamWithMember() {
  const team = await seedTeam();
  const member = await seedMember(team.id, "MEMBER");
  const origin = { teamId: team.id, userId: member.userId, mayCreateProject: true };
  return { team, member, origin };
}

const batch = (events: unknown[]) => ZSdkBatch.parse({ v: 1, events });
const start = (run: string, project = "Digits"): TSdkEvent => ({ type: "start", run, project, name: "mlp", params: { lr: 0.1 }, tags: ["baseline"], rules: [], time: T0 });

describe("ingestSdkBatch", () => {
  it("stores a run with its metrics, a confusion matrix, summary and end, and keeps NaN visible", async () => {
    const { member, origin } = await teamWithMember();
    const id = runId();
    await ingestSdkBatch(
      origin,
      batch([
        start(id),
        { type: "metrics", run: id, step: 0, time: T0, values: { loss: 2.5, acc: 0.1 } },
        { type: "metrics", run: id, step: 1, time: T0 + 1, values: { loss: "NaN" } },
        { type: "metrics", run: id, step: 2, time: T0 + 2, values: { loss: 0.5, acc: 0.9 } },
        { type: "confusion", run: id, step: 2, time: T0 + 2, labels: ["a", "b"], matrix: [[3, 1], [0, 4]] },
        { type: "summary", run: id, values: { best_acc: 0.9 } },
        { type: "finish", run: id, status: "finished", time: T0 + 3 },
      ]),
    );
    const run = await getRun(member, id);
    expect(run).toMatchObject({ name: "mlp", status: "finished", project: { name: "Digits" }, params: { lr: 0.1 }, tags: ["baseline"], summary: { best_acc: 0.9 } });
    expect(run.metrics).toEqual([
      { key: "acc", count: 2, lastStep: 2, lastValue: 0.9, minValue: 0.1, maxValue: 0.9 },
      { key: "loss", count: 3, lastStep: 2, lastValue: 0.5, minValue: 0.5, maxValue: 2.5 },
    ]);
    expect(run.charts).toEqual([{ kind: "confusion", name: "confusion_matrix", steps: 1 }]);
    const loss = await getMetricSeries(member, { runId: id, key: "loss", buckets: 1000 });
    expect(loss.points.map((p) => p.value)).toEqual([2.5, "NaN", 0.5]);
  });

  it("replaces a value logged again at the same step, without counting it twice", async () => {
    const { member, origin } = await teamWithMember();
    const id = runId();
    await ingestSdkBatch(origin, batch([start(id), { type: "metrics", run: id, step: 5, time: T0, values: { loss: 1 } }]));
    await ingestSdkBatch(origin, batch([{ type: "metrics", run: id, step: 5, time: T0 + 1, values: { loss: 0.7 } }]));
    const run = await getRun(member, id);
    expect(run.metrics[0]).toMatchObject({ count: 1, lastStep: 5, lastValue: 0.7 });
  });

  it("refuses a batch that names an unknown run, storing none of it", async () => {
    const { origin } = await teamWithMember();
    const known = runId();
    const unknown = runId();
    const attempt = ingestSdkBatch(origin, batch([start(known), { type: "metrics", run: unknown, step: 0, time: T0, values: { loss: 1 } }]));
    await expect(attempt).rejects.toMatchObject({ code: "not_found", message: expect.stringContaining(unknown) });
    expect(await db.run.findUnique({ where: { id: known } })).toBeNull();
  });

  it("treats another team's run as unknown, and leaves it untouched", async () => {
    const theirs = await teamWithMember();
    const ours = await teamWithMember();
    const id = runId();
    await ingestSdkBatch(theirs.origin, batch([start(id)]));
    const attempt = ingestSdkBatch(ours.origin, batch([start(id), { type: "metrics", run: id, step: 0, time: T0, values: { loss: 1 } }]));
    await expect(attempt).rejects.toMatchObject({ code: "not_found" });
    expect(await db.runMetric.count({ where: { runId: id } })).toBe(0);
  });

  it("lets a job log only into the runs it started", async () => {
    const { member, origin } = await teamWithMember();
    const project = await seedProject(member.teamId);
    const [first, second] = [await seedJob(member, { projectId: project.id }), await seedJob(member, { projectId: project.id })];
    const asJob = (job: { id: string }) => ({ ...origin, job: { id: job.id, projectId: project.id, workerId: null } });
    const own = runId();
    const person = runId();
    await ingestSdkBatch(asJob(first), batch([start(own)]));
    await ingestSdkBatch(origin, batch([start(person)]));
    await ingestSdkBatch(asJob(first), batch([{ type: "metrics", run: own, step: 0, time: T0, values: { loss: 1 } }]));
    for (const run of [own, person]) {
      const attempt = ingestSdkBatch(asJob(second), batch([{ type: "metrics", run, step: 1, time: T0, values: { loss: 2 } }]));
      await expect(attempt).rejects.toMatchObject({ code: "not_found", message: `Unknown run ${run}: a job logs only into the runs it started.` });
    }
    expect(await db.metricPoint.count({ where: { metric: { runId: { in: [own, person] } } } })).toBe(1);
  });

  it("logs into an existing project by name or slug, and creates one only for those who may", async () => {
    const { team, origin } = await teamWithMember();
    const project = await db.project.create({ data: { teamId: team.id, name: "Fraud Detection", slug: "fraud-detection" } });
    const bySlug = runId();
    await ingestSdkBatch(origin, batch([start(bySlug, "fraud-detection")]));
    expect((await db.run.findUniqueOrThrow({ where: { id: bySlug } })).projectId).toBe(project.id);
    const refused = ingestSdkBatch({ ...origin, mayCreateProject: false }, batch([start(runId(), "Brand new")]));
    await expect(refused).rejects.toMatchObject({ code: "forbidden" });
    await expect(ingestSdkBatch(origin, batch([{ ...start(runId()), project: undefined }]))).rejects.toMatchObject({ code: "bad_input" });
  });

  it("keeps each bucket's extremes when downsampling 20,000 points", async () => {
    const { member, origin } = await teamWithMember();
    const id = runId();
    const events: unknown[] = [start(id)];
    for (let step = 0; step < 20_000; step++) events.push({ type: "metrics", run: id, step, time: T0 + step, values: { loss: step === 12_345 ? 99 : step === 777 ? -5 : 1 } });
    await ingestSdkBatch(origin, batch(events));
    const series = await getMetricSeries(member, { runId: id, key: "loss", buckets: 200 });
    expect(series).toMatchObject({ total: 20_000, isDownsampled: true });
    expect(series.points.length).toBeLessThanOrEqual(400);
    expect(series.points).toContainEqual(expect.objectContaining({ step: 12_345, value: 99 }));
    expect(series.points).toContainEqual(expect.objectContaining({ step: 777, value: -5 }));
    // Buckets narrower than a rollup's: downsampled from the points themselves.
    const fine = await getMetricSeries(member, { runId: id, key: "loss", buckets: 2000 });
    expect(fine).toMatchObject({ total: 20_000, isDownsampled: true });
    expect(fine.points).toContainEqual(expect.objectContaining({ step: 12_345, value: 99 }));
    expect(fine.points).toContainEqual(expect.objectContaining({ step: 777, value: -5 }));
    const zoomed = await getMetricSeries(member, { runId: id, key: "loss", from: 100, to: 199, buckets: 200 });
    expect(zoomed).toMatchObject({ total: 100, isDownsampled: false });
  });

  it("stores an artifact in the artifact store", async () => {
    const { member, origin } = await teamWithMember();
    const id = runId();
    const data = Buffer.from("weights");
    await ingestSdkBatch(origin, batch([start(id), { type: "artifact", run: id, path: "model/model.pkl", data: data.toString("base64"), time: T0, model: { flavor: "sklearn", signature: null } }]));
    expect((await getRun(member, id)).artifacts).toEqual([{ path: "model/model.pkl", size: 7, model: { flavor: "sklearn", signature: null } }]);
    const stored = await openArtifact(`runs/${id}/model/model.pkl`);
    const chunks: Buffer[] = [];
    for await (const chunk of stored.chunks) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe("weights");
  });

  it("refuses an artifact path that climbs out of the run's folder", () => {
    expect(ZSdkBatch.safeParse({ v: 1, events: [{ type: "artifact", run: runId(), path: "../../etc/passwd", data: "", time: T0 }] }).success).toBe(false);
  });
});
