// What /api/health reports: can we reach the database, are all committed migrations
// applied, how many workers are connected (across replicas, through the adapter).
import { db } from "@/lib/db";
import { findPendingMigrations } from "@/lib/db/migrations";
import { getSocketServer } from "./publish";

export async function checkHealth() {
  const database = await db.$queryRaw`SELECT 1`.then(
    () => ({ ok: true as const }),
    (error: Error) => ({ ok: false as const, error: error.message }),
  );
  const pending = database.ok ? await findPendingMigrations(process.env.DATABASE_URL!).catch(() => null) : null;
  const workers = (await getSocketServer()?.of("/workers").fetchSockets())?.length ?? 0;
  const migrations = { current: pending !== null && pending.length === 0, pending: pending ?? [] };
  return { ok: database.ok && migrations.current, database, migrations, workers: { connected: workers } };
}
