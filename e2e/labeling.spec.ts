// Labeling as a team does it: the owner uploads images as a dataset, makes a detection
// project from it and assigns the annotator; the annotator draws and submits a box on every
// image with the keyboard alone; the owner sends one back with a comment, the annotator
// fixes it, the owner accepts every item and downloads the labels as COCO.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { solidPng } from "../prisma/seed/png";
import { ANNOTATOR } from "./fixtures/accounts";
import { capture } from "./fixtures/capture";
import { collectConsoleErrors } from "./fixtures/console-errors";
import { openOwnerPage } from "./fixtures/owner-page";
import { signIn } from "./fixtures/sign-in";

test.describe.configure({ mode: "serial" });

const IMAGES = ["street-1.png", "street-2.png", "street-3.png"];

let owner: Page;
let annotator: Page;
let ownerErrors: string[];
let annotatorErrors: string[];
let projectUrl: string;

test.beforeAll(async ({ browser }) => {
  ({ page: owner, errors: ownerErrors } = await openOwnerPage(browser));
  annotator = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  annotatorErrors = collectConsoleErrors(annotator);
  await signIn(annotator, ANNOTATOR);
});

test.afterAll(async () => {
  await owner?.context().close();
  await annotator?.context().close();
});

/** On the annotate page: a new box of the active label by key, nudged, then submitted by key. */
async function boxAndSubmit(page: Page, nudges: number) {
  const canvas = page.getByRole("application");
  await expect(page.locator("img").first()).toBeVisible();
  await canvas.focus();
  await page.keyboard.press("b");
  await expect(page.getByRole("img", { name: /car box 1/ })).toHaveAttribute("data-selected", "true");
  for (let i = 0; i < nudges; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Control+Enter");
}

test("the owner uploads a CSV and sees its columns' statistics and its rows", async () => {
  const csv = ["city,temperature,rainy", ...Array.from({ length: 250 }, (_, i) => `Town ${i},${(i % 40) - 5},${i % 3 === 0}`)].join("\n");
  await owner.goto("/data/upload");
  const form = owner.getByRole("form", { name: "Upload data" });
  await form.getByLabel("Dataset").fill("weather");
  await form.locator('input[type="file"]').setInputFiles({ name: "weather.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await form.getByRole("button", { name: "Upload and create dataset" }).click();
  await expect(owner.getByRole("heading", { name: "weather" })).toBeVisible({ timeout: 30_000 });
  const temperature = owner.getByRole("list", { name: "Columns" }).locator('[data-column="temperature"]');
  await expect(temperature).toContainText("integer");
  await expect(temperature.getByRole("img", { name: /Distribution of temperature: 20 bins from -5 to 34/ })).toBeVisible();
  await expect(owner.getByRole("region", { name: "Rows of v1" }).getByText("Town 42", { exact: true })).toBeVisible();
  await capture(owner, "dataset-table");
});

test("the owner uploads images and makes a detection project for the annotator", async () => {
  await owner.goto("/data/upload");
  const form = owner.getByRole("form", { name: "Upload data" });
  await form.getByLabel("Dataset").fill("street-scenes");
  await form.locator('input[type="file"]').setInputFiles(IMAGES.map((name, i) => ({ name, mimeType: "image/png", buffer: solidPng(80 + i * 10, 60, [40 * i, 120, 200]) })));
  await expect(form.getByText("street-3.png")).toBeVisible();
  await capture(owner, "dataset-upload");
  await form.getByRole("button", { name: "Upload and create dataset" }).click();

  await expect(owner).toHaveURL(/\/data\/datasets\/[^/?]+/, { timeout: 30_000 });
  await expect(owner.getByRole("heading", { name: "street-scenes" })).toBeVisible();
  await expect(owner.getByText("80×60").or(owner.getByText("80 × 60"))).toBeVisible();
  await capture(owner, "dataset-images");

  await owner.getByRole("link", { name: "Label this version" }).click();
  const project = owner.getByRole("form", { name: "New labeling project" });
  await project.getByLabel("Name").fill("Street boxes");
  await expect(project.getByLabel("Template")).toHaveValue("object_detection");
  await expect(project.getByLabel("Label 1", { exact: true })).toHaveValue("car");
  await project.getByLabel("Instructions").fill("Box every car, tightly.");
  await project.getByRole("checkbox", { name: new RegExp(ANNOTATOR.name) }).check();
  await capture(owner, "labeling-new");
  await project.getByRole("button", { name: "Create project" }).click();

  await expect(owner.getByRole("heading", { name: "Street boxes" })).toBeVisible();
  projectUrl = owner.url();
  await expect(owner.getByRole("table", { name: "Annotators" }).getByText(ANNOTATOR.name)).toBeVisible();
  await expect(owner.getByText("0 of 3 items labeled")).toBeVisible();
});

test("the annotator sees only their project and boxes every image with the keyboard", async () => {
  await annotator.goto("/data");
  await expect(annotator.getByRole("heading", { name: "Your labeling tasks" })).toBeVisible();
  await annotator.getByRole("link", { name: "Start labeling" }).click();
  await expect(annotator.getByText("Box every car, tightly.")).toBeVisible();
  await capture(annotator, "labeling-annotate");
  for (let i = 0; i < IMAGES.length; i++) {
    await expect(annotator.getByText(`Item ${i + 1} ·`)).toBeVisible();
    await boxAndSubmit(annotator, i * 3);
  }
  await expect(annotator.getByRole("heading", { name: "All done here" })).toBeVisible();
  // The team's datasets stay out of reach.
  const datasets = await annotator.request.get("/api/v1/datasets");
  expect(datasets.status()).toBe(403);
});

test("the owner sends one back, the annotator fixes it, and the owner accepts every item", async () => {
  await owner.goto(`${projectUrl}/review`);
  const first = owner.getByRole("article", { name: "Item 1" });
  await expect(first.getByText("1 box")).toBeVisible();
  await capture(owner, "labeling-review");
  await first.getByRole("button", { name: "Reject" }).click();
  await first.getByLabel("What to fix").fill("Make the box wider.");
  await first.getByRole("button", { name: "Send back" }).click();
  await expect(first).toBeHidden();

  await annotator.goto(annotator.url());
  await expect(annotator.getByText("Sent back by a reviewer: Make the box wider.")).toBeVisible();
  await annotator.getByRole("application").focus();
  await annotator.keyboard.press("Tab");
  await expect(annotator.getByRole("img", { name: /car box 1/ })).toHaveAttribute("data-selected", "true");
  for (let i = 0; i < 5; i++) await annotator.keyboard.press("Alt+ArrowRight");
  await annotator.keyboard.press("Control+Enter");
  await expect(annotator.getByRole("heading", { name: "All done here" })).toBeVisible();

  await owner.reload();
  for (const position of [1, 2, 3]) {
    const item = owner.getByRole("article", { name: `Item ${position}` });
    await item.getByRole("button", { name: "Accept" }).click();
    await expect(item).toBeHidden();
  }
  await owner.goto(projectUrl);
  await expect(owner.getByText("3 of 3 items reviewed")).toBeVisible();
});

test("the owner exports the labels as COCO and downloads them", async () => {
  await owner.getByLabel("Export format").selectOption("coco");
  await owner.getByRole("button", { name: "Export", exact: true }).click();
  const link = owner.getByRole("link", { name: /Download .*coco\.json/ });
  await expect(link).toBeVisible({ timeout: 30_000 });
  await capture(owner, "labeling-project");
  const [download] = await Promise.all([owner.waitForEvent("download"), link.click()]);
  const coco = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    images: { id: number; file_name: string; width: number; height: number }[];
    annotations: { image_id: number; category_id: number; bbox: number[] }[];
    categories: { id: number; name: string }[];
  };
  expect(coco.images.map((image) => image.file_name).sort()).toEqual(IMAGES);
  expect(coco.categories.map((c) => c.name)).toEqual(["car", "person"]);
  expect(coco.annotations).toHaveLength(3);
  const imageIds = new Set(coco.images.map((image) => image.id));
  for (const annotation of coco.annotations) {
    expect(imageIds.has(annotation.image_id)).toBe(true);
    expect(annotation.category_id).toBe(1);
    expect(annotation.bbox).toHaveLength(4);
  }
  expect(ownerErrors).toEqual([]);
  expect(annotatorErrors).toEqual([]);
});
