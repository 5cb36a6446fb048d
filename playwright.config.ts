// End-to-end specs against the production build, in Debian's Chromium (no browser
// download). Each run starts the studio on an empty data folder: the foundation spec
// signs up the very first user; the workers, notebooks, notebook-files, experiments, jobs,
// sweeps, labeling, models and screenshot specs reuse the team it builds, in that order.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "./e2e/fixtures/chromium";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3200);
const DATA_DIR = `.studio-test/e2e-${PORT}`;
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: "list",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    { name: "foundation", testMatch: "foundation.spec.ts" },
    { name: "workers", testMatch: "workers.spec.ts", dependencies: ["foundation"] },
    { name: "notebooks", testMatch: "notebooks.spec.ts", dependencies: ["workers"] },
    { name: "notebook-files", testMatch: "notebook-files.spec.ts", dependencies: ["notebooks"] },
    { name: "experiments", testMatch: "experiments.spec.ts", dependencies: ["notebook-files"] },
    { name: "jobs", testMatch: "jobs.spec.ts", dependencies: ["experiments"] },
    { name: "sweeps", testMatch: "sweeps.spec.ts", dependencies: ["jobs"] },
    { name: "labeling", testMatch: "labeling.spec.ts", dependencies: ["sweeps"] },
    { name: "models", testMatch: "models.spec.ts", dependencies: ["labeling"] },
    { name: "screenshots", testMatch: "screenshots.spec.ts", dependencies: ["models"] },
  ],
  webServer: {
    command: `rm -rf ${DATA_DIR} && node --import tsx server.ts`,
    url: `${BASE_URL}/api/health`,
    env: { NODE_ENV: "production", PORT: String(PORT), STUDIO_DATA_DIR: DATA_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    timeout: 120_000,
    // SIGTERM lets the studio stop its embedded PostgreSQL instead of orphaning it.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
