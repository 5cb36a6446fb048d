// The Workers page: the studio's own local worker, live; a token an admin creates, shown
// once in the command that starts a worker; a worker started with it appearing live, and
// disconnected at once when its token is revoked.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { OWNER } from "./fixtures/accounts";
import { collectConsoleErrors } from "./fixtures/console-errors";
import { signIn } from "./fixtures/sign-in";

test.describe.configure({ mode: "serial" });

const HOSTNAME = "e2e-worker";
let page: Page;
let errors: string[];
let worker: ChildProcess | null = null;
let workerLog = "";
let token = "";

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  errors = collectConsoleErrors(page);
  await signIn(page, OWNER);
});

test.afterAll(async () => {
  worker?.kill("SIGTERM");
  await page?.context().close();
});

function workerRow(hostname: string) {
  return page.getByRole("table", { name: "Workers" }).locator(`tr[data-worker="${hostname}"]`);
}

test("the studio's own worker is listed online, with what it has and its load", async () => {
  await page.goto("/workers");
  await expect(page.getByRole("heading", { name: "Workers", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Workers" });
  const online = table.locator('tr[data-status="online"]').first();
  await expect(online).toBeVisible({ timeout: 60_000 });
  await expect(online).toContainText(/\d+ cores/);
  await expect(online).toContainText(/Python 3\.\d+/);
  await expect(page.locator('[data-live-status="live"]')).toBeVisible();
  // Heartbeats arrive live and draw the CPU sparkline.
  await expect(online.getByRole("img", { name: /^CPU of / }).locator("svg")).toBeVisible({ timeout: 30_000 });
  await expect(online).toContainText(/\d+%/);
});

test("an admin creates a worker token, shown once inside the command that starts a worker", async ({ baseURL }) => {
  await page.getByLabel("Token name").fill("e2e");
  await page.getByRole("button", { name: "Create worker token" }).click();
  const field = page.getByLabel("Worker token", { exact: true });
  await expect(field).toBeVisible();
  token = await field.inputValue();
  expect(token).toMatch(/^mlw_/);
  await expect(page.getByLabel("Command to start a worker")).toHaveText(`npm run worker -- --server ${baseURL} --token ${token}`);
  const tokens = page.getByRole("table", { name: "Worker tokens" });
  await expect(tokens.getByRole("cell", { name: "e2e", exact: true })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/workers-token-created.png", fullPage: true });

  await page.reload();
  await expect(page.getByLabel("Worker token", { exact: true })).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
});

test("a worker started with the token appears live; revoking the token disconnects it at once", async ({ baseURL }) => {
  worker = spawn(process.execPath, ["--import", "tsx", "worker/main.ts", "--server", baseURL!, "--token", token, "--name", HOSTNAME, "--pool", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  worker.stdout?.on("data", (chunk) => (workerLog += chunk));
  worker.stderr?.on("data", (chunk) => (workerLog += chunk));

  // No reload: the page hears the worker connect.
  await expect(workerRow(HOSTNAME), workerLog).toHaveAttribute("data-status", "online", { timeout: 60_000 });
  await expect(workerRow(HOSTNAME)).toContainText("Token “e2e”");
  await page.screenshot({ path: "test-results/screens/workers.png", fullPage: true });

  await page.getByRole("button", { name: "Revoke worker token e2e" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(workerRow(HOSTNAME)).toHaveAttribute("data-status", "offline", { timeout: 15_000 });
  await expect(page.getByRole("table", { name: "Worker tokens" }).getByRole("cell", { name: "e2e", exact: true })).toHaveCount(0);
  expect(errors).toEqual([]);
});
