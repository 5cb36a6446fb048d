// The Python SDK inside a real notebook kernel (through the worker's kernel bridge): runs
// travel as display messages with the SDK's MIME type, batched, with no HTTP at all.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SDK_MIME_TYPE } from "@/lib/protocol/sdk-events";
import type { TKernelOutput } from "../kernels/bridge-messages";
import { startKernel, type KernelBridge } from "../kernels/kernel-bridge";
import { eventsOf, ofType, PYTHON_ENV } from "./sdk-test-support";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

async function runCell(kernel: KernelBridge, code: string) {
  const outputs: TKernelOutput[] = [];
  const result = await kernel.execute(code, (output) => outputs.push(output));
  const batches = outputs.flatMap((o) => (o.msg_type === "display_data" && SDK_MIME_TYPE in o.content.data ? [o.content.data[SDK_MIME_TYPE]] : []));
  const stdout = outputs.map((o) => (o.msg_type === "stream" && o.content.name === "stdout" ? o.content.text : "")).join("");
  const errors = outputs.filter((o) => o.msg_type === "error");
  return { ...result, outputs, batches, events: eventsOf(batches), stdout, errors };
}

describe("mlstudio in a notebook kernel", () => {
  let kernel: KernelBridge;
  let httpRequests = 0;
  // MLSTUDIO_URL points here: a kernel must not use it.
  const httpServer = http.createServer((_request, response) => {
    httpRequests += 1;
    response.writeHead(200).end("{}");
  });

  beforeAll(async () => {
    httpServer.listen(0, "127.0.0.1");
    await once(httpServer, "listening");
    const { port } = httpServer.address() as AddressInfo;
    const env = { ...process.env, ...PYTHON_ENV, MLSTUDIO_URL: `http://127.0.0.1:${port}`, MLSTUDIO_API_TOKEN: "unused", MLSTUDIO_TRANSPORT: "" };
    kernel = await startKernel({ env, log: () => {} });
  });
  afterAll(async () => {
    await kernel?.shutdown();
    await new Promise((resolve) => httpServer.close(resolve));
  });

  it("imports mlstudio, starts a run without a project, and sends 1,000 steps in a few batches", async () => {
    const cell = await runCell(kernel, `
import mlstudio
run = mlstudio.init(name="in-kernel", params={"lr": 0.1})
for i in range(1000):
    run.log({"i": i})
run.log_confusion_matrix([0, 1, 1, 0], [0, 1, 0, 0])
run.finish()
print(run.transport, run.id)
`);
    expect(cell.errors).toEqual([]);
    expect(cell.status).toBe("ok");
    const [transport, runId] = cell.stdout.trim().split(" ");
    expect(transport).toBe("kernel");

    const { events } = cell;
    expect(events.every((event) => event.run === runId)).toBe(true);
    expect(events[0]).toEqual({ type: "start", run: runId, name: "in-kernel", params: { lr: 0.1 }, tags: [], rules: [], time: expect.any(Number) });
    expect(ofType(events, "metrics").map((m) => [m.step, m.values.i])).toEqual(range(1000).map((i) => [i, i]));
    expect(ofType(events, "confusion")).toEqual([expect.objectContaining({ step: 999, labels: ["0", "1"], matrix: [[2, 0], [1, 1]] })]);
    expect(events.at(-1)).toMatchObject({ type: "finish", status: "finished" });
    expect(cell.batches.length).toBeGreaterThan(0);
    expect(cell.batches.length).toBeLessThan(50); // 1,003 events, batched
    // Nothing but the SDK's batches and the print: no repr of them in the notebook.
    expect(cell.outputs.length).toBe(cell.batches.length + 1);
    expect(httpRequests).toBe(0);
  });

  it("sends what a cell logged when the cell ends, though the run stays open", async () => {
    const cell = await runCell(kernel, `
open_run = mlstudio.init(name="stays-open")
for i in range(50):
    open_run.log({"i": i})
open_run.summary["best"] = 49
`);
    expect(cell.errors).toEqual([]);
    const { events } = cell;
    expect(events.map((e) => e.type)).toEqual(["start", ...range(50).map(() => "metrics"), "summary"]);
    expect(ofType(events, "metrics").map((m) => m.step)).toEqual(range(50));
    expect(ofType(events, "summary")[0].values).toEqual({ best: 49 });

    // Later cells log on to the same run, and finish it.
    const next = await runCell(kernel, `open_run.log({"i": 50})\nopen_run.finish()`);
    expect(next.events.map((e) => [e.type, e.run])).toEqual([
      ["metrics", events[0].run],
      ["finish", events[0].run],
    ]);
    expect(ofType(next.events, "metrics")[0].step).toBe(50);
    expect(httpRequests).toBe(0);
  });
});
