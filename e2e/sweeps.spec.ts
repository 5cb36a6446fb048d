// A sweep as a data scientist starts one: a quick job runs once, then "Sweep its params" on
// its page turns its x into a float range; 6 random trials run 2 at a time on the local
// worker, the median rule stops the poor ones, and the leaderboard, the best trial and the
// parallel coordinates fill in live on the sweep's page.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { capture } from "./fixtures/capture";
import { newJob } from "./fixtures/new-job";
import { openOwnerPage } from "./fixtures/owner-page";

test.describe.configure({ mode: "serial" });

// The loss falls with the steps and is lowest at x = 0.3.
const SCRIPT = `
import sys, time, mlstudio
x = float(sys.argv[1])
with mlstudio.init(name="quadratic") as run:
    for step in range(10):
        run.log({"loss": (x - 0.3) ** 2 + 1 / (step + 1)}, step=step)
        time.sleep(0.2)
`;

let page: Page;
let errors: string[];

test.beforeAll(async ({ browser }) => {
  ({ page, errors } = await openOwnerPage(browser));
});

test.afterAll(async () => {
  await page?.context().close();
});

test("a job's param is swept: trials run two at a time and the leaderboard ranks them live", async () => {
  test.setTimeout(180_000);
  await newJob(page, { name: "Quadratic", file: "quadratic.py", script: SCRIPT, command: "python quadratic.py {x}", params: { x: "0.5" } });
  await expect(page.locator('[data-job-status="succeeded"]')).toBeVisible({ timeout: 60_000 });

  await page.getByRole("link", { name: "Sweep its params" }).click();
  const form = page.getByRole("form", { name: "New sweep" });
  await expect(form.getByLabel("Job to tune")).toHaveValue(/.+/);
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Quadratic sweep");
  // The job's param, fixed at first, becomes a range; the objective is offered from its run.
  await expect(form.getByLabel("Name of param 1")).toHaveValue("x");
  await form.getByLabel("How param 1 is set").selectOption("float");
  await form.getByLabel("From of param 1").fill("0");
  await form.getByLabel("To of param 1").fill("1");
  await form.getByRole("radio", { name: /Random/ }).check();
  await expect(form.getByLabel("Objective metric")).toHaveValue("loss");
  await form.getByLabel("Trials", { exact: true }).fill("6");
  await form.getByLabel("At once").fill("2");
  await form.getByLabel("After trials").fill("2");
  await capture(page, "sweep-new");
  await form.getByRole("button", { name: "Start sweep" }).click();

  await expect(page.getByRole("heading", { name: "Quadratic sweep", level: 1 })).toBeVisible({ timeout: 30_000 });
  const leaderboard = page.getByRole("table", { name: "Leaderboard" });
  // Live: trials appear and run while the page stays open.
  await expect(leaderboard.locator('[data-job-status="running"]').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("figure", { name: "loss by step" })).toBeVisible({ timeout: 30_000 });
  await capture(page, "sweep-running");
  await expect(page.locator('[data-job-status="succeeded"]').first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator("[data-sweep-progress]")).toContainText("6 of 6 trials ended", { timeout: 90_000 });
  await expect(leaderboard.locator("tbody tr")).toHaveCount(6);

  // The best trial is first, and its loss is the lowest on the board.
  const objectives = (await leaderboard.locator("[data-objective]").allTextContents()).map(Number);
  expect(objectives[0]).toBe(Math.min(...objectives));
  const best = await page.locator("[data-best-trial]").getAttribute("data-best-trial");
  await expect(leaderboard.locator("tbody tr").first()).toHaveAttribute("data-trial-number", best!);
  await expect(page.getByRole("link", { name: "Open its run and model" })).toBeVisible();
  await expect(page.getByText("Params against a metric")).toBeVisible();
  await capture(page, "sweep-done");

  await page.goto("/experiments/sweeps");
  await expect(page.getByRole("table", { name: "Sweeps" })).toContainText("Quadratic sweep");
  await capture(page, "sweeps");
  expect(errors).toEqual([]);
});

test("AutoML on a table: the task is inferred, models are ranked, and the best one explains itself", async () => {
  test.setTimeout(180_000);
  const csv = execFileSync(
    "/usr/bin/python3",
    ["-c", "from sklearn.datasets import load_breast_cancer; f = load_breast_cancer(as_frame=True).frame.rename(columns={'target': 'diagnosis'}); print(f.to_csv(index=False), end='')"],
    { encoding: "utf8" },
  );
  await page.goto("/experiments/sweeps");
  await page.getByRole("link", { name: "New AutoML" }).click();
  const form = page.getByRole("form", { name: "New AutoML" });
  await form.locator('input[type="file"]').setInputFiles({ name: "breast_cancer.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(form.getByLabel("Column to predict")).toHaveValue("diagnosis");
  await expect(form).toContainText("Looks like classification");
  await form.getByLabel("Trials", { exact: true }).fill("4");
  await form.getByLabel("Folds").fill("3");
  await capture(page, "automl-new");
  await form.getByRole("button", { name: "Start AutoML" }).click();

  await expect(page.getByRole("heading", { name: "AutoML breast_cancer", level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator("[data-sweep-progress]")).toContainText("4 of 4 trials ended", { timeout: 150_000 });
  const best = Number(await page.getByRole("table", { name: "Leaderboard" }).locator("[data-objective]").first().textContent());
  expect(best).toBeGreaterThan(0.9);
  await capture(page, "automl-done");

  await page.getByRole("link", { name: "Open its run and model" }).click();
  await expect(page.getByRole("figure", { name: "Feature importance" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Confusion matrix: confusion_matrix")).toBeVisible();
  await capture(page, "automl-best-run");
  expect(errors).toEqual([]);
});
