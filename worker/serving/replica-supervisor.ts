// Keeps one model server (worker/python/model_server.py) alive for one endpoint replica:
// spawns it, waits for its ready line, and when it dies after being ready starts it again
// with a growing pause, reporting each change of state. A model that cannot be loaded
// (exit code 2) is never retried: the same file fails the same way.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const MODEL_SERVER_SCRIPT = fileURLToPath(new URL("../python/model_server.py", import.meta.url));

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 3_000;
const STDERR_TAIL_CHARS = 2_048;
const LOAD_ERROR_EXIT_CODE = 2;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 10_000;
/** A server up this long has recovered: its next crash starts the count (and pause) afresh,
 * so a replica that crashes once a week is not given up on after a few weeks. */
const STABLE_AFTER_MS = 60_000;

export type TReplicaState = "starting" | "ready" | "crashed" | "stopped";
export type TReplicaStatus = { replicaId: string; state: TReplicaState; url?: string; reason?: string; restarts: number };
export type TModelFlavor = "sklearn" | "xgboost" | "pytorch";

export type TReplicaSupervisorOptions = {
  replicaId: string;
  /** Debian's interpreter (numpy, pandas, sklearn…), not the pyenv one on PATH. */
  python: string;
  modelFile: string;
  flavor: TModelFlavor;
  /** The model version's signature ({inputs, outputs}), or null for none. */
  signature: unknown | null;
  host: string;
  /** Sent by the gateway in X-Replica-Secret; reaches the server in its environment, which
   * (unlike a command line) other users cannot read. */
  secret: string;
  /** Reported back in each answer's model_name; "model" when not given. */
  modelName?: string;
  /** Added to this process's environment. */
  env?: Record<string, string | undefined>;
  onStatus: (status: TReplicaStatus) => void;
  /** The server's stderr, line by line, and the supervisor's own notes. */
  log: (line: string) => void;
  maxRestarts?: number;
  readyTimeoutMs?: number;
};

const ZServerLine = z.discriminatedUnion("event", [
  z.object({ event: z.literal("ready"), port: z.number().int().min(1).max(65_535), pid: z.number().int() }),
  z.object({ event: z.literal("error"), message: z.string() }),
]);

/** How one server process ended before or after it was ready. */
type TExit = { wasReady: boolean; isLoadError: boolean; reason: string };

export class ReplicaSupervisor {
  private current: TReplicaStatus;
  private child: ChildProcessWithoutNullStreams | null = null;
  private childExited: Promise<void> = Promise.resolve();
  private hasStarted = false;
  private isStopped = false;
  private failures = 0;
  private readyAt = 0;
  private restartTimer?: NodeJS.Timeout;
  private readonly maxRestarts: number;

  constructor(private readonly options: TReplicaSupervisorOptions) {
    this.maxRestarts = options.maxRestarts ?? 5;
    this.current = { replicaId: options.replicaId, state: "starting", restarts: 0 };
  }

  /** Resolves once the server answers (its url in the status); rejects with why it could not
   * load, leaving the state "crashed" with that reason and no restart. */
  async start(): Promise<TReplicaStatus> {
    if (this.hasStarted || this.isStopped) throw new Error(`replica ${this.options.replicaId} was ${this.isStopped ? "stopped" : "started"} already`);
    this.hasStarted = true;
    const outcome = await this.launch();
    if (outcome.state === "ready") return outcome;
    throw new Error(outcome.reason ?? "the replica was stopped before it was ready");
  }

  /** SIGTERM, then SIGKILL after 3 s; it is never restarted after this. */
  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killTimer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await this.childExited;
      clearTimeout(killTimer);
    }
    this.report({ state: "stopped", url: undefined, reason: undefined });
  }

  status(): TReplicaStatus {
    return { ...this.current };
  }

  /** The server process now running, for resource sampling (and tests that kill it). */
  pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /** Spawns one server; resolves with the status once it is ready or has failed to be. */
  private launch(): Promise<TReplicaStatus> {
    this.report({ state: "starting", url: undefined, reason: undefined });
    const { options } = this;
    const args = [MODEL_SERVER_SCRIPT, "--model", options.modelFile, "--flavor", options.flavor, "--host", options.host, "--port", "0"];
    args.push("--signature-json", options.signature == null ? "" : JSON.stringify(options.signature));
    args.push("--name", options.modelName ?? "model", "--exit-on-stdin-eof");
    const env = { ...process.env, ...options.env, PYTHONUNBUFFERED: "1", MODEL_SERVER_SECRET: options.secret };
    const child = spawn(options.python, args, { env, stdio: ["pipe", "pipe", "pipe"] });
    this.child = child;
    // The server leaves when its stdin closes, so it never outlives this worker; EPIPE after it died is expected.
    child.stdin.on("error", () => {});

    return new Promise((resolve) => {
      let isReady = false;
      let loadError: string | undefined; // the server's own words
      let timeoutError: string | undefined;
      let stderrTail = "";
      const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
      const readyTimer = setTimeout(() => {
        timeoutError = `the model server was not ready within ${readyTimeoutMs} ms`;
        child.kill("SIGKILL");
      }, readyTimeoutMs);

      readline.createInterface({ input: child.stdout, crlfDelay: Infinity }).on("line", (line) => {
        const parsed = ZServerLine.safeParse(parseJson(line));
        if (!parsed.success) {
          if (line.trim()) options.log(`stdout: ${line}`); // a model that prints as it predicts
          return;
        }
        if (parsed.data.event === "error") {
          loadError = parsed.data.message;
          return;
        }
        if (isReady || this.isStopped) return; // stopped while it loaded: start() rejects instead
        isReady = true;
        clearTimeout(readyTimer);
        this.readyAt = Date.now();
        resolve(this.report({ state: "ready", url: `http://${options.host}:${parsed.data.port}`, reason: undefined }));
      });
      readline.createInterface({ input: child.stderr, crlfDelay: Infinity }).on("line", (line) => {
        stderrTail = `${stderrTail}${line}\n`.slice(-STDERR_TAIL_CHARS);
        options.log(line);
      });

      let hasEnded = false;
      const end = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error) => {
        if (hasEnded) return;
        hasEnded = true;
        clearTimeout(readyTimer);
        const how = spawnError
          ? `could not run ${options.python}: ${spawnError.message}`
          : (timeoutError ?? `the model server exited (${signal ?? `code ${code}`})`);
        const reason = loadError ?? [how, stderrTail.trimEnd()].filter(Boolean).join("\n");
        // Retrying cannot help: the same file, the same interpreter, the same answer.
        const isLoadError = loadError !== undefined || timeoutError !== undefined || spawnError !== undefined || (!isReady && code === LOAD_ERROR_EXIT_CODE);
        const status = this.handleExit({ wasReady: isReady, isLoadError, reason });
        if (!isReady) resolve(status);
      };
      // "close" (not "exit"): the ready or error line has been read by then.
      this.childExited = new Promise((settle) => {
        child.once("close", (code, signal) => settle(end(code, signal)));
        child.once("error", (error) => {
          if (child.pid === undefined) settle(end(null, null, error)); // never spawned: no "close" follows
        });
      });
    });
  }

  private handleExit(exit: TExit): TReplicaStatus {
    this.child = null;
    if (this.isStopped) return this.current; // stop() reports "stopped"
    if (exit.wasReady && Date.now() - this.readyAt >= STABLE_AFTER_MS) this.failures = 0;
    this.failures += 1;
    // A first start that fails goes back to its caller; a crash of a running one is ours to mend.
    const isFirstStart = !exit.wasReady && this.current.restarts === 0;
    const canRetry = !exit.isLoadError && !isFirstStart && this.failures <= this.maxRestarts;
    if (!canRetry) {
      const note = isFirstStart ? "" : exit.isLoadError ? "\nNot restarted: the model cannot be loaded." : `\nNot restarted: the limit of ${this.maxRestarts} restarts in a row is reached.`;
      return this.report({ state: "crashed", url: undefined, reason: `${exit.reason}${note}` });
    }
    const delay = Math.min(FIRST_BACKOFF_MS * 2 ** (this.failures - 1), MAX_BACKOFF_MS);
    this.options.log(`replica ${this.options.replicaId}: ${exit.reason.split("\n")[0]}; restarting in ${delay} ms`);
    const status = this.report({ state: "crashed", url: undefined, reason: exit.reason });
    this.restartTimer = setTimeout(() => {
      if (this.isStopped) return;
      this.current.restarts += 1;
      void this.launch();
    }, delay);
    return status;
  }

  private report(change: Partial<TReplicaStatus>): TReplicaStatus {
    this.current = { ...this.current, ...change };
    const status = this.status();
    try {
      this.options.onStatus(status);
    } catch (error) {
      this.options.log(`a status listener threw: ${String(error)}`); // the supervisor must go on
    }
    return status;
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
