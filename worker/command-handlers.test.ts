// Commands from the server are parsed before anything runs: a malformed or unknown one, or
// one about a session this worker does not hold, is answered { ok: false } and harms nothing.
import { describe, expect, it } from "vitest";
import { createCommandHandlers, handleCommand } from "./command-handlers";
import { JobRunner } from "./jobs/job-runner";
import { KernelPool } from "./kernel-pool";
import { KernelSessions } from "./kernel-sessions";
import { Outbox } from "./outbox";
import { ReplicaRunner } from "./serving/replica-runner";

function worker() {
  const sent: string[] = [];
  const outbox = new Outbox({ send: (event) => sent.push(event), log: () => {} });
  const kernels = new KernelSessions(new KernelPool(0, {}, () => {}), outbox, [], () => {});
  const jobs = new JobRunner({ outbox, slots: 1, gpuIndexes: [], python: "/usr/bin/python3", serverUrl: "http://studio:3000" });
  const replicas = new ReplicaRunner({ outbox, python: "/usr/bin/python3", host: "127.0.0.1", gpuIndexes: [], log: () => {} });
  return { handlers: createCommandHandlers(kernels, jobs, replicas), kernels, jobs, replicas, sent };
}

describe("handleCommand", () => {
  it("refuses malformed and unknown commands", async () => {
    const { handlers, kernels } = worker();
    expect(await handleCommand(handlers, "kernel:execute", { sessionId: "s1" })).toEqual({
      ok: false,
      error: 'Malformed "kernel:execute": executionId: Invalid input: expected string, received undefined',
    });
    expect(await handleCommand(handlers, "kernel:start", { sessionId: "s1", gpus: -1 })).toMatchObject({ ok: false });
    expect(await handleCommand(handlers, "rm -rf", {})).toEqual({ ok: false, error: 'Unknown command "rm -rf".' });
    // A model file name is one plain name: it never leaves the replica's folder.
    expect(await handleCommand(handlers, "replica:start", { replicaId: "r1", flavor: "sklearn", fileName: "../../etc/cron.d/x", file: "", signature: null, secret: "s".repeat(16), gpus: 0 })).toMatchObject({ ok: false });
    expect(kernels.list()).toEqual([]);
  });

  it("answers commands about a session it does not hold with an error, not a crash", async () => {
    const { handlers, sent } = worker();
    for (const command of ["kernel:interrupt", "kernel:restart"] as const) {
      expect(await handleCommand(handlers, command, { sessionId: "gone" })).toEqual({ ok: false, error: "No kernel for session gone on this worker." });
    }
    expect(await handleCommand(handlers, "kernel:execute", { sessionId: "gone", executionId: "e1", code: "1" })).toMatchObject({ ok: false });
    expect(await handleCommand(handlers, "kernel:shutdown", { sessionId: "gone" })).toEqual({ ok: true });
    expect(sent).toEqual([]);
  });

  it("refuses more GPUs than the worker has, before starting anything", async () => {
    const { handlers, kernels } = worker();
    expect(await handleCommand(handlers, "kernel:start", { sessionId: "s1", gpus: 1 })).toEqual({
      ok: false,
      error: "This worker has 0 free GPU(s); 1 asked for.",
    });
    expect(kernels.list()).toEqual([]);
  });
});
