// The worker's outbox, driven by a recording "send" in place of a socket: order, the
// in-flight window, resending after a disconnect, merging streams, and its limits.
import { describe, expect, it } from "vitest";
import type { TKernelOutput } from "@/lib/protocol";
import { Outbox, type TAnswer } from "./outbox";

type TSent = { event: string; payload: { executionId?: string; output?: TKernelOutput }; answer: (answer: TAnswer) => void };

function recorder(options: Partial<ConstructorParameters<typeof Outbox>[0]> = {}) {
  const sent: TSent[] = [];
  const logged: string[] = [];
  const outbox = new Outbox({ send: (event, payload, answer) => sent.push({ event, payload: payload as TSent["payload"], answer }), log: (l) => logged.push(l), ...options });
  return { outbox, sent, logged };
}

const print = (executionId: string, text: string, name: "stdout" | "stderr" = "stdout") =>
  ({ sessionId: "s1", executionId, output: { msg_type: "stream", content: { name, text } } }) as const;

const textOf = (item: TSent) => (item.payload.output?.msg_type === "stream" ? item.payload.output.content.text : item.event);

describe("Outbox", () => {
  it("keeps everything while offline and sends it in order once online", () => {
    const { outbox, sent } = recorder();
    outbox.push("kernel:status", { sessionId: "s1", state: "busy" });
    outbox.push("kernel:output", print("e1", "a"));
    outbox.push("kernel:done", { sessionId: "s1", executionId: "e1", status: "ok", executionCount: 1 });
    expect(sent).toEqual([]);
    outbox.setOnline(true);
    expect(sent.map((s) => s.event)).toEqual(["kernel:status", "kernel:output", "kernel:done"]);
  });

  it("bounds what is in flight, sends more as answers come, and resends the unanswered first after a reconnect", () => {
    const { outbox, sent } = recorder({ maxInFlight: 2 });
    outbox.setOnline(true);
    for (const text of ["1", "2", "3"]) outbox.push("kernel:output", print("e1", text, text === "2" ? "stderr" : "stdout"));
    expect(sent.map(textOf)).toEqual(["1", "2"]);
    sent[0].answer({ ok: true });
    expect(sent.map(textOf)).toEqual(["1", "2", "3"]);
    outbox.setOnline(false); // "2" and "3" were never answered
    sent[1].answer({ ok: true }); // a late answer from the old connection counts for nothing
    outbox.setOnline(true);
    expect(sent.slice(3).map(textOf)).toEqual(["2", "3"]);
    expect(outbox.size).toBe(2);
  });

  it("merges waiting stream text of the same cell and stream, never across them", () => {
    const { outbox, sent } = recorder();
    outbox.push("kernel:output", print("e1", "a"));
    outbox.push("kernel:output", print("e1", "b"));
    outbox.push("kernel:output", print("e1", "!", "stderr"));
    outbox.push("kernel:output", print("e2", "c"));
    outbox.setOnline(true);
    expect(sent.map(textOf)).toEqual(["ab", "!", "c"]);
  });

  it("replaces an output too large for a message with a note, and reports outputs dropped past its memory bound", () => {
    const { outbox, sent } = recorder({ maxOutputBytes: 1000, maxQueuedBytes: 2000, maxMergedStreamBytes: 10 });
    outbox.push("kernel:output", { sessionId: "s1", executionId: "e1", output: { msg_type: "display_data", content: { data: { "text/plain": "x".repeat(5000) }, metadata: {} } } });
    for (let i = 0; i < 20; i++) outbox.push("kernel:output", print("e1", `line ${i} `.padEnd(150, ".")));
    outbox.push("kernel:done", { sessionId: "s1", executionId: "e1", status: "ok", executionCount: 1 });
    outbox.setOnline(true);
    const texts = sent.map(textOf);
    expect(texts[0]).toMatch(/^\[An output of 0\.0 MB was left out/);
    expect(texts.at(-2)).toMatch(/^\[\d+ outputs were dropped while the studio could not be reached\.\]/);
    expect(texts.at(-1)).toBe("kernel:done");
    const kept = texts.filter((t) => t.startsWith("line")).length;
    expect(kept + Number(texts.at(-2)!.match(/\d+/)![0])).toBe(20);
  });

  it("bounds a job's waiting log by its size too, and says how much was dropped before the job's end", () => {
    const { outbox, sent } = recorder({ maxQueuedBytes: 2000 });
    const jobLog = (text: string) => ({ jobId: "j1", attempt: 1, stream: "stdout", text }) as const;
    for (let i = 0; i < 20; i++) outbox.push("job:log", jobLog(`line ${i} `.padEnd(300, ".")));
    outbox.push("job:exit", { jobId: "j1", attempt: 1, exitCode: 0, signal: null });
    outbox.setOnline(true);
    const texts = sent.map((item) => (item.payload as { text?: string }).text ?? item.event);
    const kept = texts.filter((t) => t.startsWith("line")).length;
    expect(kept).toBeGreaterThan(0);
    expect(texts.at(-2)).toBe(`[${20 - kept} chunks of the log were dropped while the studio could not be reached.]\n`);
    expect(texts.at(-1)).toBe("job:exit");
  });
});
