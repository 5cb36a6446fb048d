// `npm start` runs one worker on this machine, so a fresh studio runs notebooks with no
// setup. It waits for the first team (the first sign-up), then runs `worker/main.ts` as a
// child process with a token of that team, restarts it if it crashes (with backoff), and
// stops it with the studio. STUDIO_LOCAL_WORKER=0 turns it off.
import { spawn, type ChildProcess } from "node:child_process";
import { ensureLocalWorkerToken } from "./local-worker-token";

const WAIT_FOR_TEAM_MS = 2_000;
const MAX_BACKOFF_MS = 30_000;
const STABLE_AFTER_MS = 60_000; // a worker that ran this long restarts without delay
const TOKEN_REFUSED = 2; // worker/connection.ts: the studio refused the token

type TLocalWorkerOptions = { dataDir: string; serverUrl: string; python: string; log?: (line: string) => void };

export function startLocalWorker(options: TLocalWorkerOptions) {
  const log = options.log ?? ((line: string) => console.log(`[local worker] ${line}`));
  let child: ChildProcess | null = null;
  let isStopped = false;
  let backoffMs = 1_000;
  let timer: NodeJS.Timeout | undefined;

  const later = (ms: number) => {
    if (!isStopped) timer = setTimeout(() => void run(), ms);
  };

  async function run() {
    const local = await ensureLocalWorkerToken(options.dataDir).catch((error: Error) => {
      log(`could not prepare its token: ${error.message}`);
      return undefined;
    });
    if (local === undefined) return later(WAIT_FOR_TEAM_MS);
    if (local === null) return later(WAIT_FOR_TEAM_MS); // waits for the first sign-up
    if ("revokedFile" in local) {
      log(`not started: its token was revoked. Delete ${local.revokedFile} and restart the studio for a new one.`);
      return;
    }
    const startedAt = Date.now();
    child = spawn(process.execPath, ["--import", "tsx", "worker/main.ts", "--server", options.serverUrl, "--pool", "1"], {
      // Its stdin is a pipe from us: if the studio dies without stopping it, it sees the end and exits.
      env: { ...process.env, STUDIO_WORKER_TOKEN: local.token, STUDIO_PYTHON: options.python, STUDIO_EXIT_WITH_PARENT: "1" },
      stdio: ["pipe", "inherit", "inherit"],
    });
    child.once("exit", (code, signal) => {
      child = null;
      if (isStopped) return;
      // Refused token: the next run finds out why (revoked: stop; unknown: a new token).
      const ranLong = Date.now() - startedAt > STABLE_AFTER_MS;
      backoffMs = ranLong ? 1_000 : Math.min(backoffMs * 2, MAX_BACKOFF_MS);
      log(`exited (${signal ?? `code ${code}`}); restarting in ${backoffMs / 1000} s`);
      later(code === TOKEN_REFUSED ? 0 : backoffMs);
    });
  }

  void run();
  return {
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGTERM");
      // Its kernels get time to shut down cleanly; past that it is killed.
      const killer = setTimeout(() => running.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
