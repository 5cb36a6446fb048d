// The Python bridge process on its own, spoken to in raw JSON lines: what the Node class
// cannot show, such as a parent that stops reading or closes stdin.
import { spawn } from "node:child_process";
import { once } from "node:events";
import readline from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BRIDGE_SCRIPT = fileURLToPath(new URL("../python/kernel_bridge.py", import.meta.url));
type TEvent = Record<string, unknown> & { type: string };

function spawnBridge() {
  const bridge = spawn("/usr/bin/python3", [BRIDGE_SCRIPT], { stdio: ["pipe", "pipe", "ignore"] });
  const lines = readline.createInterface({ input: bridge.stdout });
  const events: TEvent[] = [];
  const waiters: Array<{ matches: (e: TEvent) => boolean; resolve: (e: TEvent) => void }> = [];
  lines.on("line", (line) => {
    const event = JSON.parse(line) as TEvent;
    events.push(event);
    for (const waiter of waiters.filter((w) => w.matches(event))) waiter.resolve(event);
  });
  const waitFor = (matches: (e: TEvent) => boolean) =>
    new Promise<TEvent>((resolve) => {
      const seen = events.find(matches);
      if (seen) resolve(seen);
      else waiters.push({ matches, resolve });
    });
  const send = (request: object) => bridge.stdin.write(`${JSON.stringify(request)}\n`);
  return { bridge, lines, events, waitFor, send };
}

function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("kernel_bridge.py", () => {
  it("exits cleanly, taking the kernel along, when stdin closes", async () => {
    const { bridge, waitFor } = spawnBridge();
    const ready = await waitFor((e) => e.type === "ready");
    const pid = ready.pid as number;
    expect(isProcessAlive(pid)).toBe(true);
    const exited = once(bridge, "exit");
    bridge.stdin.end();
    expect(await exited).toEqual([0, null]);
    expect(isProcessAlive(pid)).toBe(false);
  });

  it("delivers every IOPub message, and the cell's end, while its parent stops reading", { timeout: 30_000 }, async () => {
    // ZeroMQ's default high-water mark (1000) dropped about two thirds of these, status
    // idle included, so the cell never finished; the bridge lifts it on its side.
    const { bridge, lines, events, waitFor, send } = spawnBridge();
    await waitFor((e) => e.type === "ready");
    const code = "for i in range(10_000):\n    display({'application/x-step': {'i': i, 'pad': 'x' * 200}}, raw=True)";
    send({ id: "burst", type: "execute", code });
    lines.pause(); // the pipe fills and the bridge blocks writing, as under a stalled worker
    await sleep(4000); // the stall itself is what is under test, not a wait for a condition
    lines.resume();
    const done = await waitFor((e) => e.type === "done");
    expect(done).toMatchObject({ id: "burst", status: "ok" });
    const steps = events
      .filter((e) => e.type === "iopub" && e.msg_type === "display_data")
      .map((e) => ((e.content as { data: Record<string, { i: number }> }).data["application/x-step"]).i);
    expect(steps).toEqual(Array.from({ length: 10_000 }, (_, i) => i));
    bridge.stdin.end();
    await once(bridge, "exit");
  });

  it("keeps requests in order: an execute written right behind a restart runs in the fresh kernel", { timeout: 30_000 }, async () => {
    const { bridge, waitFor } = spawnBridge();
    await waitFor((e) => e.type === "ready");
    const lines = [
      { id: "define", type: "execute", code: "x = 1" },
      { id: "restart", type: "restart" },
      { id: "after", type: "execute", code: "'x' in globals()" },
    ].map((request) => JSON.stringify(request));
    bridge.stdin.write(`${lines.join("\n")}\n`); // one write: the bridge reads them in one go
    await waitFor((e) => e.type === "done" && e.id === "after");
    const result = await waitFor((e) => e.type === "iopub" && e.id === "after" && e.msg_type === "execute_result");
    expect((result.content as { data: Record<string, string> }).data["text/plain"]).toBe("False");
    bridge.stdin.end();
    await once(bridge, "exit");
  });

  it("answers a malformed line with failed, and joins a request written in pieces", { timeout: 30_000 }, async () => {
    const { bridge, waitFor } = spawnBridge();
    await waitFor((e) => e.type === "ready");
    bridge.stdin.write("{not json\n");
    expect(await waitFor((e) => e.type === "failed")).toMatchObject({ id: null, message: expect.stringContaining("malformed request") });
    const line = JSON.stringify({ id: "pieces", type: "execute", code: "6*7" });
    bridge.stdin.write(line.slice(0, 10));
    await sleep(50); // two separate reads on the bridge's side: the split itself is under test
    bridge.stdin.write(`${line.slice(10)}\n`);
    const result = await waitFor((e) => e.type === "iopub" && e.id === "pieces" && e.msg_type === "execute_result");
    expect((result.content as { data: Record<string, string> }).data["text/plain"]).toBe("42");
    bridge.stdin.end();
    await once(bridge, "exit");
  });
});
