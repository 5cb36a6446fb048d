// Which worker a kernel lands on, and what a notebook says while it waits: the choice is a
// plain function, the claiming runs against the real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedKernelSession, seedMember, seedNotebook, seedTeam, seedWorker } from "@/prisma/seed/factories";
import { chooseWorker, describeWait, type TWorkerLoad } from "./choose-worker";
import { claimQueuedSessions } from "./claim-queued-sessions";

const load = (hostname: string, gpuCount: number, gpusInUse: number, liveSessions: number): TWorkerLoad => ({
  id: hostname,
  hostname,
  gpuCount,
  gpusInUse,
  liveSessions,
});

describe("chooseWorker", () => {
  it("picks the least loaded worker that has the GPUs free, keeping GPU machines for GPU work", () => {
    const workers = [load("busy-cpu", 0, 0, 3), load("idle-cpu", 0, 0, 0), load("gpu", 2, 1, 1)];
    expect(chooseWorker(workers, 0)?.hostname).toBe("idle-cpu");
    expect(chooseWorker([load("idle-gpu", 1, 0, 0), load("idle-cpu", 0, 0, 0)], 0)?.hostname).toBe("idle-cpu");
    expect(chooseWorker(workers, 1)?.hostname).toBe("gpu");
    expect(chooseWorker(workers, 2)).toBeNull();
  });

  it("says why a kernel waits", () => {
    expect(describeWait([], 0, 1)).toBe("No worker is online; waiting in queue (position 1).");
    expect(describeWait([load("cpu", 0, 0, 0)], 1, 2)).toBe("No worker with 1 GPU is online; waiting in queue (position 2).");
    expect(describeWait([load("gpu", 2, 2, 1)], 2, 1)).toBe("Every worker with 2 GPUs is in use; waiting in queue (position 1).");
  });
});

async function queue(member: Awaited<ReturnType<typeof seedMember>>, gpus: number) {
  const notebook = await seedNotebook(member, { gpus });
  return seedKernelSession(notebook, { state: "QUEUED", gpus });
}

describe("claimQueuedSessions", () => {
  it("places queued kernels on the team's least loaded online worker, oldest first, counting GPUs", async () => {
    const member = await seedMember((await seedTeam()).id, "MEMBER");
    const loaded = await seedWorker(member.teamId, { hostname: "loaded" });
    await seedKernelSession(await seedNotebook(member), { workerId: loaded.id, state: "IDLE" });
    const idle = await seedWorker(member.teamId, { hostname: "idle" });
    await seedWorker(member.teamId, { hostname: "offline", status: "OFFLINE" });
    const gpuBox = await seedWorker(member.teamId, { hostname: "gpu-box", gpus: 1 });
    // Another team's free worker is never used.
    await seedWorker((await seedTeam()).id, { hostname: "elsewhere", gpus: 8 });

    const cpu = await queue(member, 0);
    const gpuFirst = await queue(member, 1);
    const gpuSecond = await queue(member, 1);
    const { claimed, waiting } = await claimQueuedSessions(member.teamId);

    expect(claimed.map((c) => [c.sessionId, c.hostname])).toEqual([
      [cpu.id, "idle"],
      [gpuFirst.id, "gpu-box"],
    ]);
    expect(waiting).toEqual([
      { sessionId: gpuSecond.id, notebookId: gpuSecond.notebookId, reason: "Every worker with 1 GPU is in use; waiting in queue (position 1).", isChanged: true },
    ]);
    const rows = await db.kernelSession.findMany({ where: { id: { in: [cpu.id, gpuFirst.id, gpuSecond.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(cpu.id)).toMatchObject({ state: "STARTING", workerId: idle.id, reason: null });
    expect(byId.get(gpuFirst.id)).toMatchObject({ state: "STARTING", workerId: gpuBox.id });
    expect(byId.get(gpuSecond.id)).toMatchObject({ state: "QUEUED", workerId: null, reason: expect.stringContaining("in use") });
  });

  it("keeps kernels queued with their position while no worker fits, and places them when one comes", async () => {
    const member = await seedMember((await seedTeam()).id, "MEMBER");
    await seedWorker(member.teamId, { hostname: "cpu-only" });
    const first = await queue(member, 1);
    const second = await queue(member, 1);
    const before = await claimQueuedSessions(member.teamId);
    expect(before.claimed).toEqual([]);
    expect(before.waiting.map((w) => w.reason)).toEqual([
      "No worker with 1 GPU is online; waiting in queue (position 1).",
      "No worker with 1 GPU is online; waiting in queue (position 2).",
    ]);
    // Unchanged reasons are not news.
    expect((await claimQueuedSessions(member.teamId)).waiting.map((w) => w.isChanged)).toEqual([false, false]);

    await seedWorker(member.teamId, { hostname: "new-gpu", gpus: 1 });
    const after = await claimQueuedSessions(member.teamId);
    expect(after.claimed.map((c) => c.sessionId)).toEqual([first.id]);
    expect(after.waiting).toMatchObject([{ sessionId: second.id, reason: "Every worker with 1 GPU is in use; waiting in queue (position 1).", isChanged: true }]);
  });
});
