// One real PostgreSQL for the whole Vitest run: TEST_DATABASE_URL when given (CI's
// PostgreSQL 15), else an embedded one in .studio-test/vitest. Each run starts from a
// freshly created database with the committed migrations applied.
import { rm } from "node:fs/promises";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { applyMigrations } from "@/lib/db/migrations";

// TEST_DATABASE_NAME lets two checkouts share one PostgreSQL server without trampling.
const DATABASE = process.env.TEST_DATABASE_NAME ?? "studio_vitest";
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(DATABASE)) throw new Error(`TEST_DATABASE_NAME must be a plain lower-case name, not "${DATABASE}".`);

async function recreateDatabase(serverUrl: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    await rm(".studio-test/vitest", { recursive: true, force: true });
    const embedded = await startEmbeddedPostgres(".studio-test/vitest");
    serverUrl = embedded.url;
    stop = embedded.stop;
  }
  const databaseUrl = await recreateDatabase(serverUrl);
  await applyMigrations(databaseUrl);
  project.provide("databaseUrl", databaseUrl);
  return async () => {
    await stop?.();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
