// Committed migrations, applied with `prisma migrate deploy` when any is pending. Checking
// first keeps a restart fast; the health check reports the same comparison.
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

async function committedMigrations() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

async function appliedMigrations(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS name");
    if (!table.rows[0].name) return [];
    const rows = await client.query(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    return rows.rows.map((r: { migration_name: string }) => r.migration_name);
  } finally {
    await client.end();
  }
}

export async function findPendingMigrations(databaseUrl: string) {
  const applied = new Set(await appliedMigrations(databaseUrl));
  return (await committedMigrations()).filter((name) => !applied.has(name));
}

export async function applyMigrations(databaseUrl: string) {
  const pending = await findPendingMigrations(databaseUrl);
  if (pending.length === 0) return pending;
  const cli = path.resolve("node_modules/prisma/build/index.js");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed:\n${output}`))));
  });
  return pending;
}
