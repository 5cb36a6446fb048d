// Notebook files as people move them: a .ipynb from Jupyter imported through the UI (its
// cells, saved outputs and attached images shown), run here, downloaded again as a valid
// nbformat 4.5 file; a broken file refused with the server's reason; and a notebook made
// from the scikit-learn example, run top to bottom on the real worker's kernel.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { OWNER, PROJECT } from "./fixtures/accounts";
import { capture } from "./fixtures/capture";
import { collectConsoleErrors } from "./fixtures/console-errors";
import { cells, kernelState, outputsOf } from "./fixtures/notebook";
import { signIn } from "./fixtures/sign-in";

test.describe.configure({ mode: "serial" });

const FIXTURE = "e2e/fixtures/sales-forecast.ipynb";
// A kernel's first start and a run of the example can take a while on a small machine.
const RUN_TIMEOUT = 90_000;

type TIpynb = {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: Array<{ id: string; cell_type: string; source: string[]; attachments?: Record<string, unknown>; outputs?: Array<Record<string, unknown>> }>;
};

let owner: Page;
let errors: string[];

test.beforeAll(async ({ browser }) => {
  owner = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  errors = collectConsoleErrors(owner);
  await signIn(owner, OWNER);
});

test.afterAll(async () => {
  await owner?.context().close();
});

async function openImportDialog() {
  await owner.goto("/notebooks");
  await owner.getByRole("button", { name: "Import .ipynb" }).click();
  return owner.getByRole("dialog", { name: "Import a notebook" });
}

test("a broken file is refused in the dialog with the server's reason", async () => {
  const dialog = await openImportDialog();
  await dialog.getByLabel("Notebook file").setInputFiles({ name: "notes.ipynb", mimeType: "application/json", buffer: Buffer.from("these are not { json") });
  await dialog.getByRole("button", { name: "Import notebook" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("The file is not JSON, so it is not a Jupyter notebook.");

  const broken = JSON.parse(await readFile(FIXTURE, "utf8")) as TIpynb;
  (broken.cells[2] as Record<string, unknown>).source = 42;
  await dialog.getByLabel("Notebook file").setInputFiles({ name: "broken.ipynb", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await dialog.getByRole("button", { name: "Import notebook" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Not a valid Jupyter notebook: cells/2/source: must be string or array.");
  await expect(dialog.getByText("broken.ipynb")).toBeVisible();
  await owner.mouse.move(0, 0);
  await capture(owner, "notebooks-import-error");
});

test("a .ipynb imported through the UI opens with its cells, saved outputs and attached image", async () => {
  const dialog = await openImportDialog();
  await dialog.getByLabel("Project").selectOption({ label: PROJECT.name });
  await dialog.getByLabel("Notebook file").setInputFiles(FIXTURE);
  await dialog.getByRole("button", { name: "Import notebook" }).click();

  await expect(owner).toHaveURL(/\/notebooks\/[a-z0-9]+$/, { timeout: 30_000 });
  await expect(owner.getByRole("heading", { name: "sales-forecast", level: 1 })).toBeVisible();
  await expect(cells(owner)).toHaveCount(4);
  const [intro, plot, printed] = [cells(owner).nth(0), cells(owner).nth(1), cells(owner).nth(2)];
  await expect(intro.getByRole("heading", { name: "Sales forecast" })).toBeVisible();
  // The Markdown's attachment:quarters.png is the attached image itself.
  const attached = intro.getByRole("img", { name: "Quarterly sales" });
  await expect(attached).toHaveAttribute("src", /^data:image\/png;base64,/);
  expect(await attached.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(50);
  // The plot saved in the file is shown as Jupyter showed it, and so is the printed text.
  const image = outputsOf(plot).locator("img");
  await expect(image).toHaveAttribute("src", /^data:image\/png;base64,/);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(200);
  await expect(plot.locator("[data-prompt]")).toHaveText("[1]");
  await expect(outputsOf(printed)).toHaveText("forecast: 42");
  await owner.keyboard.press("Escape");
  await owner.mouse.move(0, 0);
  await capture(owner, "notebook-imported");
});

test("a cell of the imported notebook runs on the worker's kernel", async () => {
  const total = cells(owner).nth(3);
  await total.locator("[data-prompt]").click();
  await total.getByRole("button", { name: "Run cell" }).click();
  await expect(outputsOf(total)).toHaveText("45", { timeout: RUN_TIMEOUT });
  await expect(kernelState(owner)).toHaveAttribute("data-kernel-state", "idle");
});

test("the notebook downloads as a valid nbformat 4.5 file with its outputs", async () => {
  const [download] = await Promise.all([owner.waitForEvent("download"), owner.getByRole("link", { name: "Download .ipynb" }).click()]);
  expect(download.suggestedFilename()).toBe("sales-forecast.ipynb");
  const file = JSON.parse(await readFile(await download.path(), "utf8")) as TIpynb;
  const original = JSON.parse(await readFile(FIXTURE, "utf8")) as TIpynb;
  expect(file).toMatchObject({ nbformat: 4, nbformat_minor: 5, metadata: { title: "sales-forecast", kernelspec: { name: "python3" } } });
  expect(file.cells.map((cell) => cell.id)).toEqual(original.cells.map((cell) => cell.id));
  expect(file.cells[0].attachments).toEqual(original.cells[0].attachments);
  expect(file.cells[1].outputs).toEqual(original.cells[1].outputs);
  expect(file.cells[3].outputs).toEqual([{ output_type: "execute_result", data: { "text/plain": ["45"] }, metadata: {}, execution_count: 1 }]);
});

test("a notebook made from the scikit-learn example runs top to bottom and shows its confusion matrix", async () => {
  await owner.goto(`/projects/${PROJECT.slug}`);
  await owner.getByRole("button", { name: "New notebook" }).click();
  const dialog = owner.getByRole("dialog", { name: "New notebook" });
  await dialog.getByRole("radio", { name: /Train a scikit-learn classifier/ }).check();
  await expect(dialog.getByLabel("Name")).toHaveValue("Train a scikit-learn classifier");
  await owner.mouse.move(0, 0);
  await capture(owner, "notebooks-new-dialog-examples");
  await dialog.getByRole("button", { name: "Create notebook" }).click();

  await expect(owner).toHaveURL(/\/notebooks\/[a-z0-9]+$/, { timeout: 30_000 });
  // The page's title, then the example's own Markdown title.
  await expect(owner.getByRole("heading", { name: "Train a scikit-learn classifier", level: 1 })).toHaveCount(2);
  await owner.getByRole("button", { name: "Run all" }).click();
  const matrix = cells(owner).filter({ hasText: "ConfusionMatrixDisplay" });
  const image = outputsOf(matrix).locator("img");
  await expect(image).toBeVisible({ timeout: RUN_TIMEOUT });
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(200);
  await expect(outputsOf(cells(owner).filter({ hasText: "classification_report" }))).toContainText("precision", { timeout: RUN_TIMEOUT });
  await expect(kernelState(owner)).toHaveAttribute("data-kernel-state", "idle", { timeout: RUN_TIMEOUT });
  await expect(owner.locator('[data-output-kind="error"]')).toHaveCount(0);
  await owner.mouse.move(0, 0);
  await capture(owner, "notebook-sklearn-example");
  // The refused imports of the first test answered 422, as they should; nothing else failed.
  expect(errors.filter((error) => !/status of 422/.test(error))).toEqual([]);
});
