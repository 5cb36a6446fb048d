// Runs logged from a notebook's kernel end as failed when that kernel goes away.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateKernelState } from "@/lib/kernels/update-kernel-state";
import { seedKernelSession, seedMember, seedNotebook, seedTeam, seedWorker } from "@/prisma/seed/factories";
import { ingestSdkBatch } from "./ingest-sdk-batch";

async function notebookWithRun(member: Awaited<ReturnType<typeof seedMember>>, workerId: string) {
  const notebook = await seedNotebook(member, { cells: [{ source: "1+1" }] });
  const runId = randomBytes(16).toString("hex");
  const origin = { teamId: member.teamId, userId: member.userId, mayCreateProject: true, notebook: { id: notebook.id, projectId: notebook.projectId, workerId } };
  await ingestSdkBatch(origin, { v: 1, events: [{ type: "start", run: runId, params: {}, tags: [], rules: [], time: 1_700_000_000 }] });
  return { notebook, runId };
}

describe("a notebook's runs when its kernel goes away", () => {
  it("fail when the kernel dies, and only that notebook's", async () => {
    const member = await seedMember((await seedTeam()).id, "MEMBER");
    const worker = await seedWorker(member.teamId);
    const dying = await notebookWithRun(member, worker.id);
    const other = await notebookWithRun(member, worker.id);
    const session = await seedKernelSession(dying.notebook, { workerId: worker.id, state: "IDLE" });

    await updateKernelState({ workerId: worker.id, hostname: worker.hostname }, { sessionId: session.id, state: "dead", reason: "kernel killed by SIGKILL" });

    expect(await db.run.findUniqueOrThrow({ where: { id: dying.runId } })).toMatchObject({ status: "FAILED", finishedAt: expect.any(Date) });
    expect(await db.run.findUniqueOrThrow({ where: { id: other.runId } })).toMatchObject({ status: "RUNNING", finishedAt: null });
  });
});
