// The worker process: `npm run worker -- --server URL --token T`. Runs Jupyter kernels and
// training jobs for the studio it dials out to (no inbound port needed), keeping a small
// pool of kernels ready.
import { createCommandHandlers, handleCommand } from "./command-handlers";
import { detectCapabilities, hasNvidiaSmi } from "./capabilities";
import { FatalConnectionError, connectToStudio } from "./connection";
import { JobRunner } from "./jobs/job-runner";
import { KernelPool } from "./kernel-pool";
import { KernelSessions } from "./kernel-sessions";
import { Outbox } from "./outbox";
import { ReplicaRunner } from "./serving/replica-runner";
import { parseWorkerArgs } from "./parse-args";
import { createUtilisationSampler } from "./utilisation";

const log = (line: string) => console.error(`[worker] ${line}`);

async function main() {
  const args = parseWorkerArgs(process.argv.slice(2), process.env);
  const capabilities = await detectCapabilities({ python: args.python, jobSlots: args.jobs, hostname: args.name, log });
  log(
    `${capabilities.hostname}: ${capabilities.cpuCores} cores, ${(capabilities.memoryBytes / 2 ** 30).toFixed(1)} GiB, ` +
      `${capabilities.gpus.length} GPU(s), Python ${capabilities.python.version}, ${capabilities.jobSlots} job slot(s)`,
  );
  const pool = new KernelPool(args.pool, { python: args.python, log: (line) => log(`kernel: ${line}`) }, log);
  pool.fill();

  // The outbox sends through the connection made below, which needs the outbox first.
  const link: { connection?: ReturnType<typeof connectToStudio> } = {};
  const outbox = new Outbox({
    log,
    send: (event, payload, onAnswer) => {
      if (link.connection?.socket.connected) link.connection.socket.emit(event, payload, onAnswer);
    },
  });
  const gpuIndexes = capabilities.gpus.map((gpu) => gpu.index);
  const kernels = new KernelSessions(pool, outbox, gpuIndexes, log);
  const jobs = new JobRunner({ outbox, slots: capabilities.jobSlots, gpuIndexes, python: args.python, serverUrl: args.server, hostname: capabilities.hostname, log });
  const replicas = new ReplicaRunner({ outbox, python: args.python, host: args.advertiseHost, gpuIndexes, log });
  const handlers = createCommandHandlers(kernels, jobs, replicas);
  const sampler = createUtilisationSampler({ hasNvidiaGpus: await hasNvidiaSmi() });

  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    link.connection?.close();
    // Jobs are killed, not left running: the studio learns of it from the leases no longer renewed.
    await Promise.allSettled([kernels.shutdownAll(), pool.close(), jobs.stopAll(), replicas.stopAll()]);
    process.exit(code);
  };

  link.connection = connectToStudio({
    serverUrl: args.server,
    token: args.token,
    capabilities,
    outbox,
    listKernels: () => kernels.list(),
    listJobs: () => jobs.list(),
    listReplicas: () => replicas.list(),
    sampleUtilisation: () => sampler.sample(),
    onCommand: (event, payload) => handleCommand(handlers, event, payload),
    onFatal: (error: FatalConnectionError) => {
      log(error.message);
      void stop(error.exitCode);
    },
    log,
  });

  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  // Started by the studio (its local worker): go when the studio goes, even if it was killed.
  if (process.env.STUDIO_EXIT_WITH_PARENT === "1") {
    process.stdin.on("end", () => void stop(0)).on("error", () => void stop(0));
    process.stdin.resume();
  }
}

main().catch((error: Error) => {
  log(error.message);
  process.exit(1);
});
