// Prisma's CLI (migrate deploy/dev/status) runs its WebAssembly schema engine through
// this driver adapter, so no native engine is ever downloaded (see STACK-NOTES).
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./lib/db/migration-adapter";

// The CLI wants a native query engine it would download; with engineType "client" and
// engine "js" nothing uses it, so any existing file satisfies the check offline.
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= "prisma/schema.prisma";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => createMigrationAdapter(process.env.DATABASE_URL ?? ""),
});
