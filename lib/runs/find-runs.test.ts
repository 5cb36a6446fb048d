// The runs table's query against the real database: filters, sorts, columns, and bad filters.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "@/lib/permissions";
import { ZFindRunsQuery } from "./schemas";
import { seedMember, seedTeam } from "@/prisma/seed/factories";
import { findRuns } from "./find-runs";
import { ingestSdkBatch } from "./ingest-sdk-batch";

let member: TActor;

// Four runs: acc 0.5 … 0.95, lr and optimizer params, one without acc at all.
const RUNS = [
  { name: "alpha", params: { lr: 0.1, optimizer: "sgd" }, tags: ["baseline"], acc: 0.5 },
  { name: "beta", params: { lr: 0.01, optimizer: "adam" }, tags: [], acc: 0.95 },
  { name: "gamma", params: { lr: 0.001, optimizer: "adam" }, tags: ["baseline"], acc: 0.8 },
  { name: "delta", params: { lr: "auto" }, tags: [], acc: null },
];

beforeAll(async () => {
  member = await seedMember((await seedTeam()).id, "MEMBER");
  const origin = { teamId: member.teamId, userId: member.userId, mayCreateProject: true };
  for (const [index, run] of RUNS.entries()) {
    const id = randomBytes(16).toString("hex");
    const time = 1_700_000_000 + index;
    const events: unknown[] = [{ type: "start", run: id, project: "Tables", name: run.name, params: run.params, tags: run.tags, rules: [], time }];
    if (run.acc !== null) events.push({ type: "metrics", run: id, step: 0, time, values: { acc: run.acc, loss: 1 - run.acc } });
    await ingestSdkBatch(origin, { v: 1, events } as never);
  }
});

const find = (query: Record<string, string>) => findRuns(member, ZFindRunsQuery.parse(query));
const names = async (query: Record<string, string>) => (await find(query)).runs.map((run) => run.name);

describe("findRuns", () => {
  it("lists the newest first, with the most common metrics as columns and every column to choose from", async () => {
    const page = await find({});
    expect(page.runs.map((run) => run.name)).toEqual(["delta", "gamma", "beta", "alpha"]);
    expect(page.columns).toEqual(["metric.acc", "metric.loss"]);
    expect(page.availableColumns).toEqual(expect.arrayContaining(["metric.acc", "metric.loss", "param.lr", "param.optimizer"]));
    expect(page.runs[1].values).toEqual({ "metric.acc": 0.8, "metric.loss": expect.closeTo(0.2, 9) });
  });

  it("sorts by a metric either way, runs without it last", async () => {
    expect(await names({ sort: "metric.acc", order: "desc" })).toEqual(["beta", "gamma", "alpha", "delta"]);
    expect(await names({ sort: "metric.acc", order: "asc" })).toEqual(["alpha", "gamma", "beta", "delta"]);
    expect(await names({ sort: "name", order: "asc" })).toEqual(["alpha", "beta", "delta", "gamma"]);
  });

  it("filters by metric and param conditions, tag and name", async () => {
    expect(await names({ where: "metric.acc>0.6" })).toEqual(["gamma", "beta"]);
    expect(await names({ where: "param.optimizer=adam, metric.acc<0.9" })).toEqual(["gamma"]);
    // A param that is not a number never matches a numeric comparison, and breaks nothing.
    expect(await names({ where: "param.lr<0.05" })).toEqual(["gamma", "beta"]);
    expect(await names({ tag: "baseline" })).toEqual(["gamma", "alpha"]);
    expect(await names({ q: "ETA" })).toEqual(["beta"]);
  });

  it("shows the chosen columns, params as logged", async () => {
    const page = await find({ cols: "param.lr,param.optimizer", sort: "name", order: "asc" });
    expect(page.columns).toEqual(["param.lr", "param.optimizer"]);
    expect(page.runs.map((run) => run.values)).toEqual([
      { "param.lr": 0.1, "param.optimizer": "sgd" },
      { "param.lr": 0.01, "param.optimizer": "adam" },
      { "param.lr": "auto", "param.optimizer": null },
      { "param.lr": 0.001, "param.optimizer": "adam" },
    ]);
  });

  it("refuses conditions it cannot read, with the reason", () => {
    expect(ZFindRunsQuery.safeParse({ where: "acc>0.5" }).success).toBe(false);
    expect(ZFindRunsQuery.safeParse({ where: "metric.acc>high" }).success).toBe(false);
    expect(ZFindRunsQuery.safeParse({ sort: "params; DROP TABLE" }).success).toBe(false);
  });
});
