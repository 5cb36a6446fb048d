// Integration tests against a real ipykernel through the real Python bridge: no mocks.
// One kernel serves most tests; the ones that kill or stop a kernel start their own.
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TKernelOutput } from "./bridge-messages";
import { startKernel, type KernelBridge } from "./kernel-bridge";

const logged: string[] = [];
const log = (line: string) => logged.push(line);

async function runCell(kernel: KernelBridge, code: string) {
  const outputs: TKernelOutput[] = [];
  const result = await kernel.execute(code, (output) => outputs.push(output));
  return { ...result, outputs };
}

function streamText(outputs: TKernelOutput[], name: "stdout" | "stderr") {
  return outputs.map((o) => (o.msg_type === "stream" && o.content.name === name ? o.content.text : "")).join("");
}

function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("kernel bridge", () => {
  let kernel: KernelBridge;
  beforeAll(async () => {
    kernel = await startKernel({ log });
  });
  afterAll(async () => {
    await kernel?.shutdown();
  });

  it("reports kernel info and the kernel's pid when ready", () => {
    expect(kernel.info?.language_info.name).toBe("python");
    expect(kernel.info?.implementation).toBe("ipython");
    expect(kernel.kernelPid).toBeGreaterThan(0);
    expect(isProcessAlive(kernel.kernelPid!)).toBe(true);
  });

  it("evaluates 1+1 to an execute_result with an execution count", async () => {
    const cell = await runCell(kernel, "1+1");
    expect(cell.status).toBe("ok");
    const results = cell.outputs.filter((o) => o.msg_type === "execute_result");
    expect(results).toHaveLength(1);
    expect(results[0].content.data["text/plain"]).toBe("2");
    expect(results[0].content.execution_count).toBe(cell.executionCount);
    expect(cell.executionCount).toBeGreaterThan(0);
  });

  it("streams all 10,000 printed lines, in order", async () => {
    const cell = await runCell(kernel, "for i in range(10_000):\n    print(f'line {i}')");
    expect(cell.status).toBe("ok");
    const expected = Array.from({ length: 10_000 }, (_, i) => `line ${i}\n`).join("");
    expect(streamText(cell.outputs, "stdout")).toBe(expected);
  });

  it("streams stderr apart from stdout", async () => {
    const cell = await runCell(kernel, "import sys\nprint('out')\nprint('oops', file=sys.stderr)");
    expect(streamText(cell.outputs, "stdout")).toBe("out\n");
    expect(streamText(cell.outputs, "stderr")).toBe("oops\n");
  });

  it("shows a matplotlib figure inline as image/png", async () => {
    // No %matplotlib magic: ipykernel makes the inline backend the default.
    const code = "import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.show()";
    const cell = await runCell(kernel, code);
    expect(cell.status).toBe("ok");
    const images = cell.outputs.filter((o) => o.msg_type === "display_data" && "image/png" in o.content.data);
    expect(images).toHaveLength(1);
    const png = (images[0] as Extract<TKernelOutput, { msg_type: "display_data" }>).content.data["image/png"];
    expect(String(png).startsWith("iVBORw0KGgo")).toBe(true); // base64 of the PNG signature
  });

  it("renders a pandas DataFrame as text/html", async () => {
    const cell = await runCell(kernel, "import pandas as pd\npd.DataFrame({'a': [1, 2], 'b': ['x', 'y']})");
    const result = cell.outputs.find((o) => o.msg_type === "execute_result");
    expect(result?.msg_type).toBe("execute_result");
    const html = String(result?.msg_type === "execute_result" && result.content.data["text/html"]);
    expect(html).toContain("<table");
    expect(html).toContain("<th>b</th>");
  });

  it("reports an exception with ename, evalue and traceback", async () => {
    const cell = await runCell(kernel, "def f():\n    return 1 / 0\nf()");
    expect(cell.status).toBe("error");
    const error = cell.outputs.find((o) => o.msg_type === "error");
    expect(error?.msg_type === "error" && error.content).toMatchObject({
      ename: "ZeroDivisionError",
      evalue: "division by zero",
    });
    const traceback = error?.msg_type === "error" ? error.content.traceback.join("\n") : "";
    // Tracebacks carry ANSI colours, as Jupyter front ends expect.
    expect(traceback.replace(/\x1b\[[0-9;]*m/g, "")).toContain("in f()");
  });

  it("passes clear_output and update_display_data through, in order", async () => {
    const code = [
      "from IPython.display import display, clear_output",
      "handle = display('first', display_id=True)",
      "handle.update('second')",
      "print('before')",
      "clear_output()",
      "print('after')",
    ].join("\n");
    const cell = await runCell(kernel, code);
    expect(cell.outputs.map((o) => o.msg_type)).toEqual([
      "display_data",
      "update_display_data",
      "stream",
      "clear_output",
      "stream",
    ]);
    const [shown, updated] = cell.outputs;
    if (shown.msg_type !== "display_data" || updated.msg_type !== "update_display_data") throw new Error("order");
    expect(shown.content.transient?.display_id).toBeTruthy();
    expect(updated.content.transient.display_id).toBe(shown.content.transient?.display_id);
    expect(updated.content.data["text/plain"]).toBe("'second'");
    expect(streamText(cell.outputs.slice(4), "stdout")).toBe("after\n");
  });

  it("passes a custom MIME bundle through intact, every one of a burst", async () => {
    const bundle = { kind: "metrics", step: 7, values: { loss: 0.25, tags: ["a", "b"], nested: { none: null, ok: true } } };
    const code = `display({"application/vnd.mlstudio.v1+json": ${JSON.stringify(bundle).replaceAll("null", "None").replaceAll("true", "True")}}, raw=True)`;
    const single = await runCell(kernel, code);
    expect(single.outputs).toEqual([
      { msg_type: "display_data", content: { data: { "application/vnd.mlstudio.v1+json": bundle }, metadata: {}, transient: {} } },
    ]);

    const burst = await runCell(kernel, `for i in range(3000):\n    display({"application/vnd.mlstudio.v1+json": {"step": i}}, raw=True)`);
    const steps = burst.outputs.map((o) => (o.msg_type === "display_data" ? (o.content.data["application/vnd.mlstudio.v1+json"] as { step: number }).step : -1));
    expect(steps).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });

  it("interrupts `while True: pass` within 2 s", async () => {
    const outputs: TKernelOutput[] = [];
    let interruptedAt = 0;
    const running = kernel.execute("print('started', flush=True)\nwhile True: pass", (output) => {
      outputs.push(output);
      // Interrupt only once the loop is surely running, not while the cell is still queued.
      if (output.msg_type === "stream" && !interruptedAt) {
        interruptedAt = performance.now();
        void kernel.interrupt();
      }
    });
    const result = await running;
    expect(performance.now() - interruptedAt).toBeLessThan(2000);
    expect(result.status).toBe("error");
    expect(outputs.some((o) => o.msg_type === "error" && o.content.ename === "KeyboardInterrupt")).toBe(true);
    expect((await runCell(kernel, "'still here'")).status).toBe("ok");
  });

  it("offers numpy when completing `import num`", async () => {
    const completion = await kernel.complete("import num", 10);
    expect(completion.matches).toContain("numpy");
    expect(completion).toMatchObject({ cursorStart: 7, cursorEnd: 10 });
  });

  it("counts completion offsets in UTF-16 units past an emoji", async () => {
    const code = "s = '😀'; import num";
    const completion = await kernel.complete(code, code.length);
    expect(completion.matches).toContain("numpy");
    expect(code.slice(completion.cursorStart, completion.cursorEnd)).toBe("num");
  });

  it("inspects an object and returns its docs", async () => {
    const inspection = await kernel.inspect("len", 3);
    expect(inspection.found).toBe(true);
    expect(String(inspection.data["text/plain"])).toContain("Return the number of items in a container.");
  });

  it("keeps the protocol intact when a cell writes straight to fd 1", async () => {
    const before = logged.filter((line) => line.includes("malformed")).length;
    const cell = await runCell(kernel, "import os\nos.write(1, b'not json\\n')\n'ok'");
    expect(cell.status).toBe("ok");
    expect((await runCell(kernel, "1+2")).outputs[0]).toMatchObject({ content: { data: { "text/plain": "3" } } });
    expect(logged.filter((line) => line.includes("malformed")).length).toBe(before);
  });

  it("restarts into a fresh namespace", async () => {
    await runCell(kernel, "marker = 42");
    expect((await runCell(kernel, "marker")).status).toBe("ok");
    const oldPid = kernel.kernelPid;
    const readyAgain = once(kernel, "ready");
    await kernel.restart();
    await readyAgain;
    expect(kernel.kernelPid).not.toBe(oldPid);
    const cell = await runCell(kernel, "marker");
    expect(cell.status).toBe("error");
    expect(cell.outputs.find((o) => o.msg_type === "error")).toMatchObject({ content: { ename: "NameError" } });
    expect(cell.executionCount).toBe(1);
  });
});

describe("kernel bridge, when the kernel dies or stops", () => {
  it("reports a kernel killed by os._exit as dead, resolves the cell, and restarts", async () => {
    const kernel = await startKernel({ log });
    try {
      const dead = once(kernel, "dead");
      const cell = await runCell(kernel, "import os\nos._exit(1)");
      expect(cell.status).toBe("dead");
      const [reason] = await dead;
      expect(reason).toContain("code 1");
      expect(kernel.isDead).toBe(true);
      expect((await runCell(kernel, "1")).status).toBe("dead");

      await kernel.restart();
      expect(kernel.isDead).toBe(false);
      const revived = await runCell(kernel, "1+1");
      expect(revived.outputs[0]).toMatchObject({ content: { data: { "text/plain": "2" } } });
    } finally {
      await kernel.shutdown();
    }
  });

  it("shuts the kernel process down with the bridge, even mid-cell", async () => {
    const kernel = await startKernel({ log });
    const pid = kernel.kernelPid!;
    const exited = once(kernel, "exit");
    let onSleeping = () => {};
    const sleeping = new Promise<void>((resolve) => (onSleeping = resolve));
    const running = kernel.execute("import time\nprint('sleeping', flush=True)\ntime.sleep(60)", onSleeping);
    await sleeping; // the cell runs in the kernel
    await kernel.shutdown();
    expect(await exited).toEqual([0]);
    expect((await running).status).toBe("aborted");
    expect(isProcessAlive(pid)).toBe(false);
    expect((await kernel.execute("1", () => {})).status).toBe("dead");
  });

  it("rejects a start with an interpreter that cannot run the bridge", async () => {
    await expect(startKernel({ python: "/nonexistent/python3", log })).rejects.toThrow(/did not start/);
  });
});
