// The studio's one process: embedded (or external) PostgreSQL, migrations, Next.js and
// socket.io on one HTTP server. `npm start` runs it; Ctrl-C stops everything it started.
import { createServer } from "node:http";
import next from "next";
import { loadConfig } from "@/lib/config";
import { disconnectDb } from "@/lib/db";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";
import { ensureSessionSecret } from "@/lib/server/session-secret";
import { createSocketServer } from "@/lib/server/sockets/create-socket-server";
import { startLocalWorker } from "@/lib/server/local-worker";
import { startWorkerReaper } from "@/lib/kernels/reap-lost-workers";
import { timeOutNotebookRuns } from "@/lib/notebook-runs/stop-notebook-run";
import { repeatTask } from "@/lib/server/repeat-task";
import { handleGatewayRequest, isGatewayPath } from "@/lib/endpoints/gateway/handle-gateway-request";
import { flushTrafficStats } from "@/lib/endpoints/gateway/traffic-stats";
import { flushKeptRequests } from "@/lib/endpoints/gateway/capture-requests";
import { scheduleMonitorWindows } from "@/lib/monitoring/schedule-monitor-windows";

const startedAt = performance.now();
const isDev = process.argv.includes("--dev");
const config = loadConfig();
const stops: Array<() => Promise<unknown>> = [];

async function start() {
  if (!config.databaseUrl) {
    const embedded = await startEmbeddedPostgres(config.dataDir);
    stops.unshift(embedded.stop);
    process.env.DATABASE_URL = embedded.url;
  }
  // Closed last but the database itself: idle connections then do not see it go away.
  stops.unshift(disconnectDb);
  const databaseUrl = process.env.DATABASE_URL!;
  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);

  process.env.NEXTAUTH_SECRET ??= await ensureSessionSecret(config.dataDir);
  process.env.NEXTAUTH_URL ??= `http://localhost:${config.port}`;

  const app = next({ dev: isDev, hostname: "localhost", port: config.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Inference requests skip Next: its routing costs more than the gateway may add.
  const httpServer = createServer((req, res) => (isGatewayPath(req.url ?? "/") ? handleGatewayRequest(req, res) : handle(req, res)));
  // Inference clients and load balancers keep connections open between bursts; Node's 5 s
  // default closed them under a client about to reuse one (a reset request).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const sockets = await createSocketServer(httpServer, { redisUrl: config.redisUrl, isDev });
  stops.unshift(sockets.close);

  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  // Workers lost while this process was down get their grace from now: they reconnect.
  const reaper = startWorkerReaper({ bootAt: new Date() });
  stops.unshift(async () => reaper.stop());
  const runDeadlines = repeatTask({ name: "the run time limit check", intervalMs: 500, task: timeOutNotebookRuns });
  stops.unshift(async () => runDeadlines.stop());
  const trafficStats = repeatTask({ name: "the endpoint traffic figures", intervalMs: 1000, task: () => flushTrafficStats() });
  const keptRequests = repeatTask({ name: "the endpoint request log", intervalMs: 500, task: flushKeptRequests });
  const monitorWindows = repeatTask({ name: "the drift monitors' windows", intervalMs: 10_000, task: () => scheduleMonitorWindows() });
  stops.unshift(async () => {
    trafficStats.stop();
    keptRequests.stop();
    monitorWindows.stop();
    await Promise.allSettled([flushTrafficStats(), flushKeptRequests()]);
  });
  if (process.env.STUDIO_LOCAL_WORKER !== "0") {
    const localWorker = startLocalWorker({ dataDir: config.dataDir, serverUrl: `http://localhost:${config.port}`, python: config.python });
    stops.unshift(localWorker.stop); // first: its kernels stop while the studio still answers
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`ML Studio is ready at http://localhost:${config.port} (started in ${seconds} s)`);
  console.log(`Data: ${config.dataDir}${config.databaseUrl ? "" : " (embedded PostgreSQL)"}`);
}

let isStopping = false;
async function stop(signal: string) {
  if (isStopping) return;
  isStopping = true;
  console.log(`\n${signal}: stopping ML Studio…`);
  for (const close of stops) await close().catch((error) => console.error(error));
  process.exit(0);
}

// embedded-postgres (through async-exit-hook) listens for these too, and exits the process as
// soon as its own database has stopped: that cut the stop above short (the local worker
// was orphaned mid-shutdown). The stop above stops the embedded database last, itself.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

start().catch(async (error) => {
  console.error(error);
  for (const close of stops) await close().catch(() => undefined);
  process.exit(1);
});
