// Run rules against the real database: set by the SDK's start or added later, checked as
// batches arrive, fired once into the team's alert feed, a stopping one ending the run.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZSdkBatch } from "@/lib/protocol/sdk-events";
import { ingestSdkBatch } from "@/lib/runs/ingest-sdk-batch";
import { seedMember, seedTeam } from "@/prisma/seed/factories";
import { addRunRule } from "./add-run-rule";
import { findAlerts } from "./find-alerts";
import { findRunRules } from "./find-run-rules";

const T0 = 1_700_000_000;

async function startRun(rules: unknown[] = []) {
  const team = await seedTeam();
  const member = await seedMember(team.id, "MEMBER");
  const origin = { teamId: team.id, userId: member.userId, mayCreateProject: true };
  const run = randomBytes(16).toString("hex");
  await ingestSdkBatch(origin, ZSdkBatch.parse({ v: 1, events: [{ type: "start", run, project: "Rules", rules, params: {}, time: T0 }] }));
  const log = (step: number, values: Record<string, number | string>) =>
    ingestSdkBatch(origin, ZSdkBatch.parse({ v: 1, events: [{ type: "metrics", run, step, time: T0 + step, values }] }));
  return { member, run, log };
}

describe("run rules", () => {
  it("a stopping NaN rule from the SDK fires once, raises one alert and ends the run as failed", async () => {
    const { member, run, log } = await startRun([{ kind: "nan", metric: "loss", stop: true }]);
    await log(0, { loss: 0.7 });
    expect((await db.run.findUniqueOrThrow({ where: { id: run } })).status).toBe("RUNNING");
    await log(1, { loss: "NaN" });
    await log(2, { loss: "Infinity" });
    const { rules } = await findRunRules(member, run);
    expect(rules).toMatchObject([{ status: "fired", firedStep: 1, message: "loss was NaN at step 1.", spec: { kind: "nan", stop: true } }]);
    expect((await db.run.findUniqueOrThrow({ where: { id: run } })).status).toBe("FAILED");
    const feed = await findAlerts(member, { page: 1 });
    expect(feed).toMatchObject({ total: 1, alerts: [{ message: "loss was NaN at step 1. The run was stopped.", run: { id: run } }] });
  });

  it("a rule added while the run trains keeps its best across batches and fires on a stall, without stopping", async () => {
    const { member, run, log } = await startRun();
    await addRunRule(member, run, { kind: "not_improving", metric: "val_loss", patience: 2, direction: "minimize", minDelta: 0, stop: false });
    await log(0, { val_loss: 1 });
    await log(1, { val_loss: 0.6 });
    expect(await db.runRule.findFirstOrThrow({ where: { runId: run } })).toMatchObject({ status: "WATCHING", bestValue: 0.6, bestStep: BigInt(1) });
    await log(2, { val_loss: 0.7 });
    await log(3, { val_loss: 0.65 });
    const { rules } = await findRunRules(member, run);
    expect(rules[0]).toMatchObject({ status: "fired", firedStep: 3 });
    expect((await db.run.findUniqueOrThrow({ where: { id: run } })).status).toBe("RUNNING");
    expect((await findAlerts(member, { page: 1 })).total).toBe(1);
  });

  it("is refused on an ended run, and a viewer may not add one", async () => {
    const { member, run } = await startRun();
    const viewer = await seedMember(member.teamId, "VIEWER");
    await expect(addRunRule(viewer, run, { kind: "nan", metric: "loss", stop: false })).rejects.toMatchObject({ code: "forbidden" });
    await db.run.update({ where: { id: run }, data: { status: "FINISHED" } });
    await expect(addRunRule(member, run, { kind: "nan", metric: "loss", stop: false })).rejects.toMatchObject({
      code: "conflict",
      message: "This run has ended: a rule added now would never be checked.",
    });
    expect(await db.runRule.count({ where: { runId: run } })).toBe(0);
  });

  it("a job's token may not add a rule to a run that is not its job's", async () => {
    const { member, run } = await startRun();
    const jobToken = { ...member, jobId: "another-job" };
    await expect(addRunRule(jobToken, run, { kind: "nan", metric: "loss", stop: true })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.runRule.count({ where: { runId: run } })).toBe(0);
  });
});
