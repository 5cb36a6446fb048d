// Experiments as a data scientist watches one: a notebook cell trains a model on sklearn's
// load_digits with the mlstudio SDK, through the real server, the local worker and a real
// kernel, while a second tab shows the run's loss curve and confusion matrix growing live.
import { expect, test, type Page } from "@playwright/test";
import { OWNER } from "./fixtures/accounts";
import { capture } from "./fixtures/capture";
import { collectConsoleErrors } from "./fixtures/console-errors";
import { cells, outputsOf, setCellCode } from "./fixtures/notebook";
import { signIn } from "./fixtures/sign-in";

test.describe.configure({ mode: "serial" });

const EPOCHS = 15;
// Each epoch sleeps so the training lasts long enough to be watched from the run page.
const TRAINING = [
  "import time, mlstudio, numpy as np",
  "from sklearn.datasets import load_digits",
  "from sklearn.neural_network import MLPClassifier",
  "X, y = load_digits(return_X_y=True)",
  "model = MLPClassifier(hidden_layer_sizes=(32,), random_state=0)",
  'run = mlstudio.init(name="digits-mlp", params={"hidden": 32, "epochs": ' + EPOCHS + '}, tags=["e2e"])',
  'def epoch(i): model.partial_fit(X, y, classes=np.arange(10)); run.log({"loss": model.loss_, "accuracy": model.score(X, y)}, step=i); run.log_confusion_matrix(y, model.predict(X), step=i); time.sleep(0.8)',
  `for i in range(${EPOCHS}): epoch(i)`,
  'run.summary["final_accuracy"] = model.score(X, y)',
  "run.finish()",
  "print('trained')",
].join("\n");

let scientist: Page;
let watcher: Page;
let errors: string[];

test.beforeAll(async ({ browser }) => {
  scientist = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  watcher = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  errors = collectConsoleErrors(watcher);
  await signIn(scientist, OWNER);
  await signIn(watcher, OWNER);
});

test.afterAll(async () => {
  await scientist?.context().close();
  await watcher?.context().close();
});

test("a training run's loss curve and confusion matrix update live while it trains", async () => {
  await scientist.goto("/notebooks");
  await scientist.getByRole("button", { name: "New notebook" }).click();
  const dialog = scientist.getByRole("dialog", { name: "New notebook" });
  await dialog.getByLabel("Name").fill("Digits training");
  await dialog.getByRole("button", { name: "Create notebook" }).click();
  const cell = cells(scientist).first();
  await setCellCode(cell, TRAINING);

  await watcher.goto("/experiments");
  const before = await watcher.getByRole("link", { name: "digits-mlp" }).count();
  expect(before).toBe(0);
  await scientist.keyboard.press("Shift+Enter");

  // The runs table learns of the new run by itself, and opens it.
  await watcher.getByRole("link", { name: "digits-mlp" }).click({ timeout: 60_000 });
  await expect(watcher.getByRole("heading", { name: "digits-mlp", level: 1 })).toBeVisible();
  await expect(watcher.locator('[data-run-status="running"]')).toBeVisible();

  // While it trains, the loss chart gains points and the confusion matrix gains steps, with no reload.
  const loss = watcher.locator('[data-metric="loss"]');
  await expect(loss).toBeVisible({ timeout: 30_000 });
  const pointsAt = async () => Number(await loss.getAttribute("data-points"));
  const early = await pointsAt();
  expect(early).toBeLessThan(EPOCHS);
  await expect.poll(pointsAt, { timeout: 30_000 }).toBeGreaterThan(early);
  const slider = watcher.getByRole("slider", { name: "Step" });
  await expect(slider).toHaveAttribute("aria-valuetext", `step ${EPOCHS - 1}, latest`, { timeout: 30_000 });
  await expect(watcher.locator('[data-run-status="finished"]')).toBeVisible({ timeout: 30_000 });
  expect(await pointsAt()).toBe(EPOCHS);

  // What it logged is all there: params, the summary, per-class precision and recall.
  await expect(watcher.getByRole("table", { name: "Parameters" })).toContainText("hidden");
  await expect(watcher.getByRole("table", { name: "Summary" })).toContainText("final_accuracy");
  await expect(outputsOf(cell)).toContainText("trained");
  // The SDK's messages are the run's data, not the cell's output.
  await expect(outputsOf(cell)).not.toContainText("vnd.mlstudio");
  await capture(watcher, "run-page");

  await watcher.goto("/experiments");
  await expect(watcher.getByRole("table", { name: "Runs" })).toContainText("digits-mlp");
  await capture(watcher, "experiments");
  expect(errors).toEqual([]);
});
