// The training jobs this worker runs: each a shell command in a fresh folder holding the
// files it was sent, in a process group of its own. Its output goes to the studio through
// the outbox (kept until acknowledged, like a kernel's), then its end. A job the worker
// cannot take is refused before anything is written or held; a job it took and could not
// start still ends with a job:exit (carrying the error), which the outbox delivers even if
// the start's ack is lost with a dropped connection.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TRunningJobs, TWorkerCommandPayload, TWorkerPayload } from "@/lib/protocol";
import type { Outbox } from "../outbox";
import { pickFreeGpus } from "../pick-free-gpus";
import { buildJobEnvironment } from "./job-environment";
import { checkJobFiles, removeWorkspace, workspaceFolder, writeWorkspace } from "./job-workspace";
import { LogBatcher } from "./log-batcher";
import { isProcessGroupAlive, signalProcessGroup } from "./process-group";

type TStartJob = TWorkerCommandPayload<"job:start">;
type TJobAttempt = TWorkerCommandPayload<"job:cancel">;
type TJobEnd = Pick<TWorkerPayload<"job:exit">, "exitCode" | "signal" | "error">;

const SUPERVISOR_SCRIPT = fileURLToPath(new URL("../python/job_supervisor.py", import.meta.url));

/** Between SIGTERM and SIGKILL: time for a training loop to save a checkpoint. */
const KILL_GRACE_MS = 5_000;
/** How long the output may stay open once the group is killed (a process that left the group holds it). */
const STREAMS_GRACE_MS = 1_000;

export type TJobRunnerOptions = {
  outbox: Outbox;
  /** How many jobs at once (`--jobs`). */
  slots: number;
  /** The machine's GPUs, handed out whole to the jobs that ask for them. */
  gpuIndexes: number[];
  /** The worker's Python: `python` and `python3` inside a job. */
  python: string;
  /** The studio, for the SDK (MLSTUDIO_URL) unless the job names another. */
  serverUrl: string;
  hostname?: string;
  /** Where the jobs' folders go; os.tmpdir()/mlstudio-jobs by default. */
  root?: string;
  killGraceMs?: number;
  log?: (line: string) => void;
};

type TJob = {
  jobId: string;
  attempt: number;
  command: string;
  gpuIndexes: number[];
  folder: string;
  /** Its process group too; unset until it has spawned. */
  pid?: number;
  isCancelled: boolean;
  isFinished: boolean;
  killTimer?: NodeJS.Timeout;
  stdout: LogBatcher;
  stderr: LogBatcher;
  /** Resolves once job:exit is sent and its folder removed. */
  done: Promise<void>;
  markDone: () => void;
};

export class JobRunner {
  private readonly jobs = new Map<string, TJob>();
  private isStopping = false;
  private readonly killGraceMs: number;
  private readonly log: (line: string) => void;

  constructor(private readonly options: TJobRunnerOptions) {
    this.killGraceMs = options.killGraceMs ?? KILL_GRACE_MS;
    this.log = options.log ?? console.warn;
  }

  /** The jobs held here, for the heartbeat that renews their leases. */
  list(): TRunningJobs {
    return [...this.jobs.values()].map(({ jobId, attempt }) => ({ jobId, attempt }));
  }

  /** Resolves once the command runs. Throws when refused (nothing written, nothing held) or
   * when it could not start (then a job:exit with the error is on its way too). */
  async start(payload: TStartJob): Promise<{ pid: number }> {
    const job = this.accept(payload);
    try {
      const bin = await writeWorkspace({ folder: job.folder, files: payload.files, python: this.options.python });
      if (job.isCancelled) throw new Error("it was cancelled first");
      const threadsPerJob = Math.max(1, Math.floor(os.availableParallelism() / this.options.slots));
      const env = buildJobEnvironment({ jobEnv: payload.env, bin, gpuIndexes: job.gpuIndexes, serverUrl: this.options.serverUrl, threadsPerJob });
      return { pid: await this.spawnJob(job, env) };
    } catch (error) {
      const message = `The job could not start: ${error instanceof Error ? error.message : String(error)}`;
      this.finish(job, { exitCode: null, signal: null, error: message });
      throw new Error(message);
    }
  }

  /** SIGTERM to the job's processes, SIGKILL to what is left after the grace; job:exit follows.
   * A job not (or no longer) here is no error: a cancel may cross the job's end. */
  async cancel({ jobId, attempt }: TJobAttempt) {
    const job = this.jobs.get(jobId);
    if (!job || job.attempt !== attempt || job.isCancelled) return;
    job.isCancelled = true;
    if (job.pid === undefined) return; // its files are being written: start() stops there
    this.systemLine(job, "Cancelled: stopping its processes (SIGTERM).");
    this.terminate(job);
  }

  /** For the worker's shutdown: takes no more jobs and stops those it has, waiting a bounded time. */
  async stopAll() {
    this.isStopping = true;
    const jobs = [...this.jobs.values()];
    await Promise.all(jobs.map((job) => this.cancel(job)));
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.killGraceMs + 2 * STREAMS_GRACE_MS)));
    await Promise.race([Promise.all(jobs.map((job) => job.done)), bound]);
    clearTimeout(timer);
  }

  private accept(payload: TStartJob): TJob {
    const { jobId, attempt, command } = payload;
    if (this.isStopping) throw new Error("This worker is shutting down: it takes no more jobs.");
    const running = this.jobs.get(jobId);
    if (running) throw new Error(`Job ${jobId} (attempt ${running.attempt}) is already running on this worker.`);
    if (this.jobs.size >= this.options.slots) throw new Error(`This worker already runs ${this.jobs.size} job(s): all its ${this.options.slots} job slot(s).`);
    checkJobFiles(payload.files);
    const gpuIndexes = pickFreeGpus(this.options.gpuIndexes, [...this.jobs.values()].flatMap((job) => job.gpuIndexes), payload.gpus);
    const sendLog = (stream: "stdout" | "stderr") => (text: string) => this.options.outbox.push("job:log", { jobId, attempt, stream, text });
    let markDone = () => {};
    const done = new Promise<void>((resolve) => (markDone = resolve));
    const folder = workspaceFolder(this.options.root ?? path.join(os.tmpdir(), "mlstudio-jobs"), jobId, attempt);
    const job: TJob = { jobId, attempt, command, gpuIndexes, folder, isCancelled: false, isFinished: false, stdout: new LogBatcher(sendLog("stdout")), stderr: new LogBatcher(sendLog("stderr")), done, markDone };
    this.jobs.set(jobId, job); // its slot and GPUs are held from here on
    return job;
  }

  private spawnJob(job: TJob, env: NodeJS.ProcessEnv) {
    // detached: the job leads a process group of its own, which is signalled as a whole. The
    // supervisor leads it, and stops the group when its stdin (this process) goes away.
    const child = spawn(this.options.python, [SUPERVISOR_SCRIPT, job.command], { cwd: job.folder, env, detached: true, stdio: ["pipe", "pipe", "pipe"] });
    return new Promise<number>((resolve, reject) => {
      child.once("error", reject);
      child.once("spawn", () => {
        child.off("error", reject);
        child.on("error", (error) => this.log(`job ${job.jobId}: ${error.message}`));
        job.pid = child.pid!;
        this.systemLine(job, `Started on ${this.options.hostname ?? os.hostname()}: ${job.command}`);
        this.wire(job, child);
        if (job.isCancelled) this.terminate(job); // cancelled while it was spawning
        resolve(job.pid);
      });
    });
  }

  private wire(job: TJob, child: ChildProcess) {
    child.stdout!.setEncoding("utf8").on("data", (text: string) => job.stdout.write(text));
    child.stderr!.setEncoding("utf8").on("data", (text: string) => job.stderr.write(text));
    child.once("exit", () => {
      // The shell is gone. What it left running would keep its GPUs, and its output open.
      if (!job.killTimer && isProcessGroupAlive(job.pid!)) {
        this.systemLine(job, "The command ended: stopping the processes it left running.");
        this.terminate(job);
      }
      const closeStreams = () => [child.stdout, child.stderr].forEach((stream) => stream?.destroy());
      setTimeout(closeStreams, this.killGraceMs + STREAMS_GRACE_MS).unref();
    });
    // "close" comes once the output is read to its end: after the last of the job's log.
    child.once("close", (exitCode, signal) => this.finish(job, { exitCode, signal }));
  }

  private terminate(job: TJob) {
    if (job.killTimer || job.pid === undefined) return;
    const groupId = job.pid;
    signalProcessGroup(groupId, "SIGTERM");
    job.killTimer = setTimeout(() => {
      if (signalProcessGroup(groupId, "SIGKILL") && !job.isFinished) this.systemLine(job, `Still running ${this.killGraceMs / 1000} s after SIGTERM: killed (SIGKILL).`);
    }, this.killGraceMs);
  }

  private finish(job: TJob, end: TJobEnd) {
    if (job.isFinished) return;
    job.isFinished = true;
    job.stdout.flush();
    job.stderr.flush();
    const { jobId, attempt } = job;
    this.options.outbox.push("job:exit", { jobId, attempt, exitCode: end.exitCode, signal: end.signal, ...(end.error && { error: end.error.slice(0, 2000) }) });
    // A process that closed its output and lingers still gets the SIGKILL due to it.
    if (job.pid === undefined || !isProcessGroupAlive(job.pid)) clearTimeout(job.killTimer);
    this.jobs.delete(jobId); // its slot and GPUs are free again
    removeWorkspace(job.folder)
      .catch((error: Error) => this.log(`could not remove the folder of job ${jobId}: ${error.message}`))
      .finally(job.markDone);
  }

  /** A line from the worker itself, after what the job printed until now. */
  private systemLine(job: TJob, text: string) {
    job.stdout.flush();
    job.stderr.flush();
    this.options.outbox.push("job:log", { jobId: job.jobId, attempt: job.attempt, stream: "system", text: `${text}\n` });
  }
}
