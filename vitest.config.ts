import path from "node:path";
import { defineConfig } from "vitest/config";

const shared = {
  globalSetup: ["test/global-setup.ts"],
  setupFiles: ["test/setup-env.ts"],
  // Integration tests share one database; files run one after another.
  fileParallelism: false,
  testTimeout: 20_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: { ...shared, name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "worker/**/*.test.ts", "prisma/**/*.test.ts", "cli/**/*.test.ts"] },
      },
      // Runs the real server.ts (production build): `npm test` builds first.
      { extends: true, test: { ...shared, name: "server", include: ["test/server/**/*.test.ts"] } },
    ],
  },
});
