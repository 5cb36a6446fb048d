// The driver adapter that Prisma's WebAssembly schema engine migrates through. It works
// around two upstream problems seen on PostgreSQL 15-17 (STACK-NOTES):
// - prisma/orm#27403: catalog columns of type `name` (19) and `char` (18) are rejected,
//   so results report them as `text` (25);
// - the shadow database connection ignores the database name of a connection string,
//   so we create, connect to and drop a throw-away database ourselves.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const CATALOG_TYPE_IDS = new Set([18, 19]);
const TEXT_TYPE_ID = 25;

function reportCatalogTypesAsText(res: pg.QueryResult | undefined) {
  for (const field of res?.fields ?? []) {
    if (CATALOG_TYPE_IDS.has(field.dataTypeID)) field.dataTypeID = TEXT_TYPE_ID;
  }
  return res;
}

class CatalogFriendlyClient extends pg.Client {
  // pg's query() is overloaded: the pool calls it with a callback, the adapter's
  // transactions without one (a promise).
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error, res: pg.QueryResult) => last(err, reportCatalogTypesAsText(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) return result.then(reportCatalogTypesAsText) as never;
    return result as never;
  }
}

function poolConfig(connectionString: string): pg.PoolConfig {
  // A short idle timeout lets the CLI exit at once instead of waiting ~10 s.
  return { connectionString, Client: CatalogFriendlyClient, idleTimeoutMillis: 100 };
}

class MigrationAdapter extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super(poolConfig(connectionString));
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: this.connectionString });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(this.connectionString);
    url.pathname = `/${name}`;
    const adapter = await new PrismaPg(poolConfig(url.toString())).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
    };
    return adapter;
  }
}

export function createMigrationAdapter(connectionString: string) {
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return new MigrationAdapter(connectionString);
}
