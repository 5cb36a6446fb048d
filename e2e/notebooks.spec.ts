// Notebooks as people use them, through the real server, the local worker the studio
// starts and a real Jupyter kernel: write code, run it, see rich output live, interrupt,
// reload mid-run, and watch a teammate's run from a second browser.
import { expect, test, type Page } from "@playwright/test";
import { OWNER, PROJECT, TEAM_NAME } from "./fixtures/accounts";
import { capture } from "./fixtures/capture";
import { collectConsoleErrors } from "./fixtures/console-errors";
import { cells, expectSaved, kernelState, outputsOf, setCellCode } from "./fixtures/notebook";
import { signIn } from "./fixtures/sign-in";

test.describe.configure({ mode: "serial" });

const NOTEBOOK = "E2E exploration";
const MEMBER = { name: "Alan Turing", email: "alan@example.com", password: "bombe-at-bletchley-1940" };
// A kernel's first start (and the first Monaco load) can take a while on a small machine.
const RUN_TIMEOUT = 60_000;

let owner: Page;
let errors: string[];
const requested: string[] = [];
let notebookUrl = "";

test.beforeAll(async ({ browser }) => {
  owner = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  errors = collectConsoleErrors(owner);
  owner.on("request", (request) => requested.push(request.url()));
  await signIn(owner, OWNER);
});

test.afterAll(async () => {
  await owner?.context().close();
});

test("a new notebook is created from the notebooks page and opens with one code cell", async () => {
  await owner.goto("/notebooks");
  await expect(owner.getByRole("heading", { name: "Notebooks", level: 1 })).toBeVisible();
  await owner.getByRole("button", { name: "New notebook" }).click();
  const dialog = owner.getByRole("dialog", { name: "New notebook" });
  await dialog.getByRole("button", { name: "Create notebook" }).click();
  await expect(dialog.getByText("Name the notebook.")).toBeVisible();
  await dialog.getByLabel("Name").fill(NOTEBOOK);
  await dialog.getByLabel("Project").selectOption({ label: PROJECT.name });
  await dialog.getByRole("button", { name: "Create notebook" }).click();

  await expect(owner).toHaveURL(/\/notebooks\/[a-z0-9]+$/, { timeout: 30_000 });
  notebookUrl = new URL(owner.url()).pathname;
  await expect(owner.getByRole("heading", { name: NOTEBOOK, level: 1 })).toBeVisible();
  await expect(owner.getByRole("link", { name: `← ${PROJECT.name}` })).toBeVisible();
  await expect(cells(owner)).toHaveCount(1);
  await expect(cells(owner).first().locator("[data-editor-ready]")).toBeVisible({ timeout: 30_000 });
  await expect(owner.locator('[data-live-status="live"]')).toBeVisible();
});

test("code typed in a cell runs on the worker's kernel and its output appears", async () => {
  const cell = cells(owner).first();
  await setCellCode(cell, "answer = 6 * 7\nprint('the answer is', answer)\nanswer / 2");
  await owner.keyboard.press("Shift+Enter");

  await expect(outputsOf(cell)).toContainText("the answer is 42", { timeout: RUN_TIMEOUT });
  await expect(outputsOf(cell)).toContainText("21.0");
  await expect(cell.locator("[data-prompt]")).toHaveText("[1]");
  await expect(kernelState(owner)).toHaveAttribute("data-kernel-state", "idle");
  await expect(owner.getByRole("toolbar", { name: "Notebook" }).getByText(/^on /)).toBeVisible();
  // Shift+Enter on the last cell makes a new one and moves into it.
  await expect(cells(owner)).toHaveCount(2);
  await expectSaved(owner);

  // What was typed and run is saved: it is there after a reload.
  await owner.reload();
  await expect(cells(owner).first()).toContainText("print('the answer is', answer)");
  await expect(outputsOf(cells(owner).first())).toContainText("the answer is 42");
});

test("a matplotlib figure is shown as an image, and errors show their traceback", async () => {
  const cell = cells(owner).nth(1);
  await setCellCode(
    cell,
    ["import matplotlib.pyplot as plt", "fig, ax = plt.subplots(figsize=(6, 3))", "ax.plot([1, 4, 9, 16, 25], marker='o')", "plt.show()"].join("\n"),
  );
  await owner.keyboard.press("Alt+Enter");
  const image = outputsOf(cell).locator("img");
  await expect(image).toBeVisible({ timeout: RUN_TIMEOUT });
  await expect(image).toHaveAttribute("src", /^data:image\/png;base64,/);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);

  // Alt+Enter inserted a cell below and moved into it.
  await expect(cells(owner)).toHaveCount(3);
  const failing = cells(owner).nth(2);
  await setCellCode(failing, "import pandas as pd\ndf = pd.DataFrame({'tenure': [3, 14, 27], 'churned': [True, False, False]})\ndisplay(df)\n1 / 0");
  await owner.keyboard.press("ControlOrMeta+Enter");
  await expect(outputsOf(failing).locator('[data-output-kind="error"]')).toContainText("ZeroDivisionError", { timeout: RUN_TIMEOUT });
  // The DataFrame's HTML is shown in a sandboxed frame, sized to its table.
  const frame = outputsOf(failing).locator("iframe");
  await expect(frame).toHaveAttribute("sandbox", "allow-scripts");
  await expect(frame).toHaveAttribute("data-frame-height", /^[1-9]\d+$/);
  await expect(owner.frameLocator(`[data-cell-id] iframe`).first().getByRole("cell", { name: "27" })).toBeVisible();

  // A calm capture: command mode, no hover.
  await owner.keyboard.press("Escape");
  await owner.mouse.move(0, 0);
  await capture(owner, "notebook-outputs");
});

test("HTML from the kernel runs only in a sandbox without the studio's origin", async () => {
  const cell = cells(owner).nth(2);
  await setCellCode(
    cell,
    [
      "from IPython.display import HTML",
      `HTML("<p id='probe'>probe</p><script>var t; try { t = parent.document.title } catch (e) { t = 'blocked' } document.getElementById('probe').textContent = 'parent: ' + t</script>")`,
    ].join("\n"),
  );
  await owner.keyboard.press("ControlOrMeta+Enter");
  const frame = owner.frameLocator(`[data-cell-id="${await cell.getAttribute("data-cell-id")}"] iframe`);
  // Its script ran (so the CSP lets it), and could not reach the studio's page.
  await expect(frame.locator("#probe")).toHaveText("parent: blocked", { timeout: RUN_TIMEOUT });
});

test("an infinite loop is stopped with Interrupt", async () => {
  const cell = cells(owner).nth(2);
  await setCellCode(cell, "while True: pass");
  await owner.keyboard.press("ControlOrMeta+Enter");
  await expect(kernelState(owner)).toHaveAttribute("data-kernel-state", "busy", { timeout: RUN_TIMEOUT });
  await expect(cell.locator("[data-prompt]")).toHaveText("[*]");

  await owner.getByRole("button", { name: "Interrupt" }).click();
  await expect(outputsOf(cell).locator('[data-output-kind="error"]')).toContainText("KeyboardInterrupt", { timeout: 20_000 });
  await expect(kernelState(owner)).toHaveAttribute("data-kernel-state", "idle");
  await expect(cell.locator("[data-prompt]")).not.toHaveText("[*]");
});

test("outputs of a long cell keep coming after a reload, none lost", async () => {
  const cell = cells(owner).nth(2);
  await setCellCode(cell, "import time\nfor i in range(40): print('tick', i, flush=True); time.sleep(0.1)");
  await owner.keyboard.press("ControlOrMeta+Enter");
  await expect(outputsOf(cell)).toContainText("tick 5", { timeout: RUN_TIMEOUT });

  await owner.reload();
  const reloaded = cells(owner).nth(2);
  await expect(outputsOf(reloaded)).toContainText("tick 5");
  await expect(reloaded.locator("[data-prompt]")).toHaveText("[*]");
  await expect(outputsOf(reloaded)).toContainText("tick 39", { timeout: 30_000 });
  const text = await outputsOf(reloaded).innerText();
  const ticks = [...text.matchAll(/tick (\d+)/g)].map((match) => Number(match[1]));
  expect(ticks).toEqual(Array.from({ length: 40 }, (_, i) => i));
  await expect(reloaded.locator("[data-prompt]")).not.toHaveText("[*]");
});

test("Jupyter's command-mode keys add, change, delete and restore cells", async () => {
  const first = cells(owner).first();
  await first.locator("[data-prompt]").click();
  await expect(first).toBeFocused();
  await expect(cells(owner)).toHaveCount(3);
  await owner.keyboard.press("b");
  await expect(cells(owner)).toHaveCount(4);
  const inserted = cells(owner).nth(1);
  await expect(inserted).toBeFocused();
  await owner.keyboard.press("m");
  await expect(inserted).toHaveAttribute("data-cell-type", "markdown");
  await owner.keyboard.press("Enter");
  // Monaco loads on demand: type once the cell's editor is there and has the focus.
  await expect(inserted.locator("[data-editor-ready]")).toBeVisible({ timeout: 30_000 });
  await expect(inserted.getByRole("textbox")).toBeFocused();
  await owner.keyboard.insertText("# Findings\nTenure **matters**.");
  await owner.keyboard.press("Shift+Enter");
  await expect(inserted.getByRole("heading", { name: "Findings" })).toBeVisible();

  await inserted.click();
  await owner.keyboard.press("d");
  await owner.keyboard.press("d");
  await expect(cells(owner)).toHaveCount(3);
  await owner.keyboard.press("z");
  await expect(cells(owner)).toHaveCount(4);
  await expect(owner.getByRole("heading", { name: "Findings" })).toBeVisible();

  // Moves with the keyboard, and the order is saved.
  const markdown = owner.locator('[data-cell-type="markdown"]');
  await markdown.click();
  await owner.keyboard.press("ControlOrMeta+Shift+ArrowUp");
  await expect(cells(owner).first()).toHaveAttribute("data-cell-type", "markdown");
  await expectSaved(owner);
  await owner.reload();
  await expect(cells(owner).first().getByRole("heading", { name: "Findings" })).toBeVisible();
});

test("a second member sees the first one's outputs live, and a conflicting edit is shown, not lost", async ({ browser }) => {
  // The owner invites a member, who joins in a browser of their own.
  await owner.goto("/settings/team");
  await owner.getByLabel("Role", { exact: true }).selectOption({ label: "Member" });
  await owner.getByLabel("Email (optional)").fill(MEMBER.email);
  await owner.getByRole("button", { name: "Create invite link" }).click();
  const inviteLink = await owner.getByLabel("Invite link").inputValue();
  const member = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  const memberErrors = collectConsoleErrors(member);
  await member.goto(inviteLink);
  await member.getByLabel("Your name").fill(MEMBER.name);
  await member.getByLabel("Password").fill(MEMBER.password);
  await member.getByRole("button", { name: "Create account and join" }).click();
  await expect(member.getByRole("banner").getByText(TEAM_NAME)).toBeVisible({ timeout: 15_000 });

  await Promise.all([owner.goto(notebookUrl), member.goto(notebookUrl)]);
  await expect(owner.locator('[data-live-status="live"]')).toBeVisible();
  await expect(member.locator('[data-live-status="live"]')).toBeVisible();

  const ownerCell = cells(owner).nth(1);
  await setCellCode(ownerCell, "print('hello from Ada')");
  await owner.keyboard.press("ControlOrMeta+Enter");
  const memberCell = cells(member).nth(1);
  await expect(outputsOf(memberCell)).toContainText("hello from Ada", { timeout: RUN_TIMEOUT });
  await expect(memberCell).toContainText("print('hello from Ada')");

  // The member is editing the cell when the owner saves a different text to it.
  await expect(memberCell.locator("[data-editor-ready]")).toBeVisible();
  await memberCell.locator(".view-lines").click();
  await expect(memberCell).toHaveAttribute("data-mode", "edit");
  await setCellCode(ownerCell, "print('changed by Ada')");
  await expectSaved(owner);
  const conflict = memberCell.getByRole("alert");
  await expect(conflict).toContainText(`${OWNER.name} saved a different version of this cell`);
  await conflict.getByRole("button", { name: "Use theirs" }).click();
  await expect(conflict).toBeHidden();
  await expect(memberCell.locator(".view-lines")).toContainText("print('changed by Ada')");

  await member.context().close();
  expect(memberErrors).toEqual([]);
});

test("the notebooks list shows the notebook with its project, kernel and last run", async () => {
  await owner.goto("/notebooks");
  const table = owner.getByRole("table", { name: "Notebooks" });
  const row = table.getByRole("row", { name: new RegExp(NOTEBOOK) });
  await expect(row).toContainText(PROJECT.name);
  await expect(row.locator("[data-kernel-state]")).toHaveAttribute("data-kernel-state", /idle|busy/);
  await expect(row).not.toContainText("Never");
  await capture(owner, "notebooks-list");

  await owner.goto(`/projects/${PROJECT.slug}`);
  await expect(owner.getByRole("table", { name: `Notebooks of ${PROJECT.name}` }).getByRole("link", { name: NOTEBOOK })).toBeVisible();
});

test("nothing was loaded from outside the studio, and no page logged an error", async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign = requested.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url));
  expect(foreign).toEqual([]);
  // Monaco's worker came from the studio itself.
  expect(requested.some((url) => url.startsWith(origin) && /worker/i.test(url))).toBe(true);
  expect(errors).toEqual([]);
});
