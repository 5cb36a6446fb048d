// A run's system charts against the real database: heartbeats recorded as the server records
// them, read back through the route as a client with an API token gets them.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { WORKER_INBOUND, type TUtilisation } from "@/lib/protocol";
import { recordHeartbeat, SAMPLES_KEPT_MS } from "@/lib/workers/record-heartbeat";
import { seedApiToken, seedExperimentRun, seedMember, seedProject, seedTeam, seedWorker } from "@/prisma/seed/factories";
import { getRunSystem } from "./get-run-system";
import { getRunSystemRoute } from "./system-routes";
import { ZRunSystem } from "./system-schemas";

const T0 = Date.parse("2026-03-01T12:00:00.000Z");
const GIB = 2 ** 30;

afterEach(() => {
  vi.useRealTimers();
});

/** A team's member, a worker with `gpus` GPUs, and a run of theirs logged on it. */
async function runOnWorker(options: { gpus?: number; isOnWorker?: boolean } = {}) {
  const team = await seedTeam();
  const member = await seedMember(team.id, "MEMBER");
  const project = await seedProject(team.id);
  const worker = await seedWorker(team.id, { gpus: options.gpus ?? 0 });
  const run = await seedExperimentRun(member, { projectId: project.id });
  if (options.isOnWorker ?? true) await db.run.update({ where: { id: run.id }, data: { workerId: worker.id } });
  return { team, member, worker, run };
}

/** A heartbeat as the worker sends it (and the server parses it), recorded at `at`. */
async function heartbeatAt(worker: { id: string; teamId: string }, at: number, load: TUtilisation) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
  const heartbeat = WORKER_INBOUND["worker:heartbeat"].parse({ ...load, kernels: [] });
  await recordHeartbeat({ workerId: worker.id, teamId: worker.teamId, heartbeat });
  vi.useRealTimers();
}

const load = (cpuPercent: number, gpus: number[] = []): TUtilisation => ({
  cpuPercent,
  memoryUsedBytes: cpuPercent * GIB,
  gpus: gpus.map((utilisationPercent, index) => ({ index, utilisationPercent, memoryUsedBytes: (index + 1) * utilisationPercent * GIB })),
});

async function getSystem(token: string, runId: string, query = "") {
  const request = new NextRequest(`http://studio.test/api/v1/runs/${runId}/system${query}`, { headers: { authorization: `Bearer ${token}` } });
  const response = await getRunSystemRoute.handler(request, { params: Promise.resolve({ id: runId }) });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("a run's system charts", () => {
  it("are its worker's samples from the run's start to its end, with the worker's facts", async () => {
    const { member, worker, run } = await runOnWorker({ gpus: 2 });
    // Heartbeats every 3 s from 6 s before the run to 3 s after it.
    for (let second = -6; second <= 12; second += 3) await heartbeatAt(worker, T0 + second * 1000, load(50 + second, [second + 20, 2 * second + 40]));
    await db.run.update({ where: { id: run.id }, data: { startedAt: new Date(T0), finishedAt: new Date(T0 + 9000), status: "FINISHED" } });
    const { token } = await seedApiToken(member);

    const { status, body } = await getSystem(token, run.id);
    expect(status).toBe(200);
    const system = ZRunSystem.parse(body);
    expect(system.worker).toEqual({
      id: worker.id,
      hostname: worker.hostname,
      cpuCores: 4,
      memoryBytes: 16 * GIB,
      gpus: [0, 1].map((index) => ({ index, name: "NVIDIA H100 80GB HBM3", memoryBytes: 80 * GIB })),
    });
    expect({ from: system.from, to: system.to, total: system.total, isDownsampled: system.isDownsampled }).toEqual({
      from: T0 / 1000,
      to: T0 / 1000 + 9,
      total: 4,
      isDownsampled: false,
    });
    // Few samples: each is a point of its own, as it was sent.
    expect(system.points.map((point) => point.time)).toEqual([0, 3, 6, 9].map((second) => T0 / 1000 + second));
    expect(system.points.map((point) => point.count)).toEqual([1, 1, 1, 1]);
    expect(system.points.map((point) => point.cpuPercent)).toEqual([50, 53, 56, 59].map((value) => ({ mean: value, min: value, max: value })));
    expect(system.points[1].memoryUsedBytes).toEqual({ mean: 53 * GIB, min: 53 * GIB, max: 53 * GIB });
    expect(system.points[1].gpus).toEqual([
      { index: 0, utilisationPercent: { mean: 23, min: 23, max: 23 }, memoryUsedBytes: { mean: 23 * GIB, min: 23 * GIB, max: 23 * GIB } },
      { index: 1, utilisationPercent: { mean: 46, min: 46, max: 46 }, memoryUsedBytes: { mean: 92 * GIB, min: 92 * GIB, max: 92 * GIB } },
    ]);
  });

  it("reach up to now while the run is running", async () => {
    const { worker, run, member } = await runOnWorker();
    await db.run.update({ where: { id: run.id }, data: { startedAt: new Date(Date.now() - 60_000) } });
    await heartbeatAt(worker, Date.now() - 90_000, load(10));
    await heartbeatAt(worker, Date.now() - 30_000, load(20));
    await heartbeatAt(worker, Date.now() - 1000, load(30));
    const system = await getRunSystem(member, { runId: run.id });
    expect(system.points.map((point) => point.cpuPercent.mean)).toEqual([20, 30]);
    expect(system.to).toBeGreaterThan(Date.now() / 1000 - 5);
  });

  it("of a run of days are a few hundred points that keep every spike and dip", { timeout: 60_000 }, async () => {
    const { worker, run, member } = await runOnWorker({ gpus: 1 });
    const SAMPLES = 100_000; // 3½ days at one sample every 3 s
    // One sample's spike and one's dip in a CPU load that wavers between 40 and 59 %.
    const cpuAt = (i: number) => (i === 12_345 ? 100 : i === 67_890 ? 0 : 40 + (i % 20));
    await db.$executeRaw`
      INSERT INTO "WorkerSample" ("workerId", at, "cpuPercent", "memoryUsedBytes", gpus)
      SELECT ${worker.id}, ${new Date(T0)}::timestamp(3) + i * interval '3 seconds',
        CASE i WHEN 12345 THEN 100 WHEN 67890 THEN 0 ELSE 40 + i % 20 END,
        CASE i WHEN 777 THEN 15 ELSE 4 END * ${GIB}::float8,
        jsonb_build_array(jsonb_build_object('index', 0, 'utilisationPercent', CASE i WHEN 99000 THEN 99.5 ELSE 50 END, 'memoryUsedBytes', 10 * ${GIB}::float8))
      FROM generate_series(0, ${SAMPLES - 1}::int) AS i`;
    await db.run.update({ where: { id: run.id }, data: { startedAt: new Date(T0), finishedAt: new Date(T0 + (SAMPLES - 1) * 3000), status: "FINISHED" } });

    const system = await getRunSystem(member, { runId: run.id });
    expect(system.total).toBe(SAMPLES);
    expect(system.isDownsampled).toBe(true);
    expect(system.points.length).toBeGreaterThan(500);
    expect(system.points.length).toBeLessThanOrEqual(600);
    expect(system.points.reduce((sum, point) => sum + point.count, 0)).toBe(SAMPLES);
    // In time order, inside the run.
    const times = system.points.map((point) => point.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(T0 / 1000);
    expect(times.at(-1)).toBeLessThanOrEqual(system.to);
    // One sample's spike or dip stays in its bucket's range though the mean smooths it away.
    const spike = system.points.find((point) => point.cpuPercent.max === 100)!;
    expect(spike.time).toBeCloseTo((T0 + 12_345 * 3000) / 1000, -3);
    expect(spike.cpuPercent.mean).toBeLessThan(60);
    expect(Math.min(...system.points.map((point) => point.cpuPercent.min))).toBe(0);
    expect(Math.max(...system.points.map((point) => point.memoryUsedBytes.max))).toBe(15 * GIB);
    expect(Math.max(...system.points.map((point) => point.gpus[0].utilisationPercent.max))).toBe(99.5);
    // The means weigh to the whole run's mean.
    const mean = Array.from({ length: SAMPLES }, (_, i) => cpuAt(i)).reduce((sum, value) => sum + value, 0) / SAMPLES;
    expect(system.points.reduce((sum, point) => sum + point.cpuPercent.mean * point.count, 0) / SAMPLES).toBeCloseTo(mean, 6);

    const fewer = await getRunSystem(member, { runId: run.id, buckets: 50 });
    expect(fewer.points.length).toBeLessThanOrEqual(50);
    expect(Math.max(...fewer.points.map((point) => point.cpuPercent.max))).toBe(100);
  });

  it("are not found for another team's run", async () => {
    const { worker, run } = await runOnWorker();
    await heartbeatAt(worker, Date.now(), load(10));
    const outsider = await seedMember((await seedTeam()).id, "OWNER");
    const { status, body } = await getSystem((await seedApiToken(outsider)).token, run.id);
    expect(status).toBe(404);
    expect(body).toEqual({ code: "not_found", message: "This run does not exist in your team." });
    await expect(getRunSystem(outsider, { runId: run.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("are empty for a run not logged from a worker", async () => {
    const { worker, run, member } = await runOnWorker({ isOnWorker: false });
    await heartbeatAt(worker, Date.now(), load(10));
    const system = await getRunSystem(member, { runId: run.id });
    expect(system).toMatchObject({ worker: null, total: 0, isDownsampled: false, points: [] });
  });

  it("keep the samples when the worker's stored capabilities cannot be read", async () => {
    const { worker, run, member } = await runOnWorker();
    await db.worker.update({ where: { id: worker.id }, data: { capabilities: { cpuCores: "many" } } });
    await db.workerSample.create({ data: { workerId: worker.id, at: new Date(), cpuPercent: 5, memoryUsedBytes: GIB, gpus: { not: "a list" } } });
    const system = await getRunSystem(member, { runId: run.id });
    expect(system.worker).toEqual({ id: worker.id, hostname: worker.hostname, cpuCores: null, memoryBytes: null, gpus: [] });
    expect(system.points).toMatchObject([{ cpuPercent: { mean: 5 }, gpus: [] }]);
  });
});

describe("a heartbeat", () => {
  it("keeps the load on the worker's row and one sample", async () => {
    const { worker } = await runOnWorker({ gpus: 1 });
    await heartbeatAt(worker, T0, load(42, [70]));
    const stored = await db.workerSample.findMany({ where: { workerId: worker.id } });
    expect(stored).toEqual([
      { workerId: worker.id, at: new Date(T0), cpuPercent: 42, memoryUsedBytes: 42 * GIB, gpus: [{ index: 0, utilisationPercent: 70, memoryUsedBytes: 70 * GIB }] },
    ]);
    const row = await db.worker.findUniqueOrThrow({ where: { id: worker.id } });
    expect(row.lastSeenAt).toEqual(new Date(T0));
    expect(row.utilisation).toEqual({
      latest: { ...load(42, [70]), at: new Date(T0).toISOString() },
      history: [{ ...load(42, [70]), at: new Date(T0).toISOString() }],
    });
  });

  it("of a worker that is gone stores nothing and does not fail", async () => {
    await expect(heartbeatAt({ id: "no-such-worker", teamId: "no-such-team" }, T0, load(1))).resolves.toBeUndefined();
    expect(await db.workerSample.count({ where: { workerId: "no-such-worker" } })).toBe(0);
  });

  it("deletes the worker's samples past 30 days, at most once an hour", async () => {
    const { worker } = await runOnWorker();
    const now = Date.now();
    const sampleAt = (at: number) => ({ workerId: worker.id, at: new Date(at), cpuPercent: 1, memoryUsedBytes: 1 });
    await db.workerSample.createMany({ data: [sampleAt(now - SAMPLES_KEPT_MS - 60_000), sampleAt(now - SAMPLES_KEPT_MS + 60_000)] });
    await heartbeatAt(worker, now, load(1));
    const ages = async () => (await db.workerSample.findMany({ where: { workerId: worker.id }, orderBy: { at: "asc" } })).map((s) => s.at.getTime() - now);
    expect(await ages()).toEqual([-SAMPLES_KEPT_MS + 60_000, 0]);
    // Within the hour: the next heartbeats leave expired samples be.
    await db.workerSample.create({ data: sampleAt(now - SAMPLES_KEPT_MS - 1000) });
    await heartbeatAt(worker, now + 3000, load(1));
    expect(await ages()).toEqual([-SAMPLES_KEPT_MS - 1000, -SAMPLES_KEPT_MS + 60_000, 0, 3000]);
    // An hour on, the next one does.
    await heartbeatAt(worker, now + 3600_000, load(1));
    expect(await ages()).toEqual([0, 3000, 3600_000]);
  });
});
