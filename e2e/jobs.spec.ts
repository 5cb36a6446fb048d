// Training jobs as a data scientist runs one: a script uploaded in the New job form trains an
// MLP on sklearn's load_digits on the local worker, as a plain Python process with the mlstudio
// SDK; its log streams onto the job page, and its run's loss curve and confusion matrix grow
// live on the run page. A second job is cancelled from its page.
import { expect, test, type Page } from "@playwright/test";
import { capture } from "./fixtures/capture";
import { newJob } from "./fixtures/new-job";
import { openOwnerPage } from "./fixtures/owner-page";

test.describe.configure({ mode: "serial" });

const EPOCHS = 20;
// Each epoch sleeps so the training lasts long enough (20 s) to be watched from the run page.
const TRAIN = `
import sys, time, mlstudio, numpy as np
from sklearn.datasets import load_digits
from sklearn.neural_network import MLPClassifier
X, y = load_digits(return_X_y=True)
epochs = int(sys.argv[1])
model = MLPClassifier(hidden_layer_sizes=(32,), random_state=0)
with mlstudio.init(name="digits-job") as run:
    for epoch in range(epochs):
        model.partial_fit(X, y, classes=np.arange(10))
        run.log({"loss": model.loss_, "accuracy": model.score(X, y)}, step=epoch)
        run.log_confusion_matrix(y, model.predict(X), step=epoch)
        print(f"epoch {epoch}: loss {model.loss_:.4f}", flush=True)
        time.sleep(1.0)
print("trained")
`;

let page: Page;
let errors: string[];

test.beforeAll(async ({ browser }) => {
  ({ page, errors } = await openOwnerPage(browser));
});

test.afterAll(async () => {
  await page?.context().close();
});

test("a training job streams its log, and its run's charts update live", async () => {
  await newJob(page, { name: "Digits MLP", file: "train.py", script: TRAIN, command: "python train.py {epochs}", params: { epochs: String(EPOCHS) } });
  await expect(page.locator('[data-job-status="running"]')).toBeVisible({ timeout: 60_000 });

  // The log grows while it trains, line by line, with no reload.
  const log = page.getByRole("log", { name: "Job log" });
  await expect(log).toContainText("epoch 0: loss", { timeout: 60_000 });
  await expect(log).toContainText("epoch 2: loss", { timeout: 30_000 });
  await expect(log).not.toContainText("trained");
  await capture(page, "job-running");

  // The run it logged appears on the job page; its charts are live too.
  const runs = page.getByRole("table", { name: "Runs of this job" });
  await runs.getByRole("link", { name: "digits-job" }).click({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "digits-job", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "job Digits MLP" })).toBeVisible();
  const loss = page.locator('[data-metric="loss"]');
  await expect(loss).toBeVisible({ timeout: 30_000 });
  const pointsAt = async () => Number(await loss.getAttribute("data-points"));
  const early = await pointsAt();
  expect(early).toBeLessThan(EPOCHS);
  await expect.poll(pointsAt, { timeout: 30_000 }).toBeGreaterThan(early);
  const slider = page.getByRole("slider", { name: "Step" });
  await expect(slider).toHaveAttribute("aria-valuetext", `step ${EPOCHS - 1}, latest`, { timeout: 30_000 });
  await expect(page.locator('[data-run-status="finished"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("table", { name: "Parameters" })).toContainText("epochs");
  await capture(page, "job-run-page");

  // Back on the job: it succeeded, and said so.
  await page.getByRole("link", { name: "job Digits MLP" }).click();
  await expect(page.locator('[data-job-status="succeeded"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("log", { name: "Job log" })).toContainText("trained");
  await capture(page, "job-succeeded");

  await page.goto("/experiments/jobs");
  await expect(page.getByRole("table", { name: "Jobs" })).toContainText("Digits MLP");
  await capture(page, "jobs");
  expect(errors).toEqual([]);
});

test("a running job is cancelled from its page", async () => {
  const loop = "import time\nfor i in range(1000):\n    print('tick', i, flush=True)\n    time.sleep(0.2)\n";
  await newJob(page, { name: "Endless loop", file: "loop.py", script: loop, command: "python loop.py" });
  await expect(page.getByRole("log", { name: "Job log" })).toContainText("tick 1", { timeout: 60_000 });
  await page.getByRole("button", { name: "Cancel job" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel job" }).click();
  await expect(page.locator('[data-job-status="cancelled"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("[data-job-reason]")).toHaveText("Cancelled. Stopped by SIGTERM.");
  await expect(page.getByRole("button", { name: "Cancel job" })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a rule added on a training run's page fires, stops the job, and shows in Monitoring", async () => {
  test.setTimeout(120_000);
  const script = [
    "import time, mlstudio",
    "with mlstudio.init(name='falling') as run:",
    "    for step in range(600):",
    "        run.log({'loss': 1 / (step + 1)}, step=step)",
    "        time.sleep(0.1)",
  ].join("\n");
  await newJob(page, { name: "Falling loss", file: "fall.py", script, command: "python fall.py" });
  await page.getByRole("table", { name: "Runs of this job" }).getByRole("link", { name: "falling" }).click({ timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "falling", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "Add a rule" });
  await form.getByLabel("Metric").fill("loss");
  await form.getByLabel("Rule").selectOption("below");
  await form.getByLabel("Threshold").fill("0.01");
  await form.getByLabel("stop the run").check();
  await form.getByRole("button", { name: "Add rule" }).click();
  const rules = page.getByRole("table", { name: "Rules" });
  await expect(rules).toContainText("When loss falls below 0.01, stop the run");
  await expect(rules.locator('[data-rule-status="watching"]')).toBeVisible();
  // 1 / (step + 1) is below 0.01 from step 100, about 10 s in: the page learns of it live.
  await expect(rules.locator('[data-rule-status="fired"]')).toContainText("Fired: loss fell below 0.01", { timeout: 60_000 });
  await expect(page.locator('[data-run-status="failed"]')).toBeVisible({ timeout: 20_000 });
  await capture(page, "run-rule-fired");

  await page.getByRole("link", { name: "job Falling loss" }).click();
  await expect(page.locator('[data-job-status="cancelled"]')).toBeVisible({ timeout: 20_000 });
  await page.goto("/monitoring");
  await expect(page.getByRole("table", { name: "Alerts" })).toContainText("A rule fired on run falling");
  await expect(page.getByRole("table", { name: "Alerts" })).toContainText("The run was stopped.");
  await capture(page, "monitoring-alerts");
  expect(errors).toEqual([]);
});
