// What a worker's kernel sessions tell the studio, with a real kernel through the real bridge:
// a quick cell only its output and its end; a long one also its start (busy) and then idle.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KernelPool } from "./kernel-pool";
import { KernelSessions } from "./kernel-sessions";
import { Outbox } from "./outbox";

type TSent = { event: string; payload: { executionId?: string; state?: string } };

describe("kernel sessions", () => {
  const sent: TSent[] = [];
  const pool = new KernelPool(0, {}, () => {});
  const outbox = new Outbox({ send: (event, payload, onAnswer) => (sent.push({ event, payload: payload as TSent["payload"] }), onAnswer({ ok: true })) });
  // 20 ms is the worker's own delay; a loaded CI machine once took longer over `1+1`, so the
  // test judges "quick" against 300 ms and "long" against 1 s.
  const sessions = new KernelSessions(pool, outbox, [], () => {}, 300);

  beforeAll(async () => {
    outbox.setOnline(true);
    await sessions.start("s1", 0);
    // A fresh kernel's first cells are slow (imports, a loaded machine): warm it
    // up, so that "quick" below is quick, then forget what the warm-up told.
    for (let i = 0; i < 3; i++) {
      await sessions.execute("s1", `warm-${i}`, "1+1");
      while (!sent.some((s) => s.event === "kernel:done" && s.payload.executionId === `warm-${i}`)) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // A warm-up told busy is told idle too: wait for that before forgetting.
    const isBusyTold = sent.some((s) => s.event === "kernel:status" && s.payload.state === "busy");
    while (isBusyTold && !sent.some((s) => s.event === "kernel:status" && s.payload.state === "idle")) await new Promise((resolve) => setTimeout(resolve, 5));
    sent.length = 0;
  });
  afterAll(async () => {
    await sessions.shutdownAll();
    await pool.close();
  });

  const told = () => sent.map((s) => (s.event === "kernel:status" ? `status:${s.payload.state}:${s.payload.executionId ?? ""}` : `${s.event}:${s.payload.executionId}`));
  async function until(isDone: () => boolean) {
    while (!isDone()) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it("tells a quick cell's output and end only; a long one's start with its execution, then its end and idle", async () => {
    await sessions.execute("s1", "quick", "1+1");
    await until(() => told().includes("kernel:done:quick"));
    // Long enough for a start report about the quick cell, had one stayed scheduled, to come in between.
    await sessions.execute("s1", "long", "import time; time.sleep(1)");
    await until(() => told().includes("status:idle:"));
    expect(told()).toEqual(["kernel:output:quick", "kernel:done:quick", "status:busy:long", "kernel:done:long", "status:idle:"]);
  });
});
