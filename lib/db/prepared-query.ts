// The few statements on every cell's path (queue it, mark it running, store an output, end
// it) run as named prepared statements through a small pg pool beside Prisma's. PostgreSQL
// then parses and plans each once per connection instead of at every call: for the queueing
// CTE that was 0.7 ms of 0.95 ms (pg alone, unnamed vs named, on this 2-core machine), and
// Prisma's driver adapter sends only unnamed statements. Write them with Prisma.sql as
// anywhere else; the statement's text names it.
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@prisma/client";

// One pool per process, whichever bundle asks (Next's or server.ts's), like the Prisma client.
const holder = globalThis as unknown as { mlsPreparedPool?: pg.Pool };
const names = new Map<string, string>();

function pool() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the studio with `npm start`.");
  if (!holder.mlsPreparedPool) {
    holder.mlsPreparedPool = new pg.Pool({ connectionString, max: 4 });
    // An idle connection that breaks (the database restarted) is dropped by the pool; unheard,
    // its "error" event would end the process.
    holder.mlsPreparedPool.on("error", (error) => console.warn(`[db] a pooled connection closed: ${error.message}`));
  }
  return holder.mlsPreparedPool;
}

function nameOf(text: string) {
  let name = names.get(text);
  if (!name) {
    name = `mls_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/** The rows, as $queryRaw gives them for text, integers, booleans and enums. */
export async function queryPrepared<T>(query: Prisma.Sql): Promise<T[]> {
  const result = await pool().query({ name: nameOf(query.text), text: query.text, values: query.values });
  return result.rows as T[];
}

export async function closePreparedPool() {
  const open = holder.mlsPreparedPool;
  holder.mlsPreparedPool = undefined;
  await open?.end();
}

export type TPreparedQuery = <T>(query: Prisma.Sql) => Promise<T[]>;

/** Runs `work` in one transaction on one pooled connection, its statements prepared as above
 * (the SDK's ingest: a batch is stored whole or not at all). */
export async function inPreparedTransaction<R>(work: (query: TPreparedQuery) => Promise<R>): Promise<R> {
  const client = await pool().connect();
  const query: TPreparedQuery = async <T>(sql: Prisma.Sql) => (await client.query({ name: nameOf(sql.text), text: sql.text, values: sql.values })).rows as T[];
  try {
    await client.query("BEGIN");
    const result = await work(query);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
