// Models, endpoints and drift as a team uses them: a training job logs an iris model; the
// owner registers it from the run's page, deploys it from the model's page, sends a test
// request from the endpoint's console and watches the latency chart move while traffic
// flows; then starts a drift monitor and sees its chart fill after shifted traffic.
import { expect, test, type Page } from "@playwright/test";
import { PROJECT } from "./fixtures/accounts";
import { capture } from "./fixtures/capture";
import { newJob } from "./fixtures/new-job";
import { openOwnerPage } from "./fixtures/owner-page";

test.describe.configure({ mode: "serial" });

const COLUMNS = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"];
const TRAIN = `
import mlstudio
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
X, y = load_iris(return_X_y=True, as_frame=True)
model = LogisticRegression(max_iter=500).fit(X, y)
with mlstudio.init(name="iris-e2e") as run:
    run.log({"accuracy": model.score(X, y)})
    run.log_model(model, signature=mlstudio.infer_signature(X, model.predict(X)))
`;

let page: Page;
let errors: string[];
let consoleUrl: string;

test.beforeAll(async ({ browser }) => {
  ({ page, errors } = await openOwnerPage(browser));
});

test.afterAll(async () => {
  await page?.context().close();
});

/** The studio takes a session's writes from its own pages only: what a browser says. */
const sameOrigin = () => ({ origin: new URL(page.url()).origin });

/** Requests from the owner's session, as the console sends them: `count` rows of iris-like data. */
async function sendTraffic(count: number, shift = 0) {
  const data = Array.from({ length: count }, (_, i) => [5 + (i % 10) / 10, 3 + (i % 7) / 10, 1.5 + (i % 30) / 10 + shift, 0.2 + (i % 20) / 10]);
  const answer = await page.request.post("/api/v1/endpoints/iris-e2e/invocations", { data: { dataframe_split: { columns: COLUMNS, data } }, headers: sameOrigin() });
  expect(answer.status()).toBe(200);
}

test("a model logged by a job is registered from its run and deployed from its page", async () => {
  test.setTimeout(180_000);
  await newJob(page, { name: "Iris model", file: "train.py", script: TRAIN, command: "python train.py" });
  await page.getByRole("table", { name: "Runs of this job" }).getByRole("link", { name: "iris-e2e" }).click({ timeout: 90_000 });
  await expect(page.locator('[data-run-status="finished"]')).toBeVisible({ timeout: 60_000 });

  await page.getByRole("button", { name: "Register model/model.pkl as a model version" }).click();
  const dialog = page.getByRole("dialog", { name: "Register this model" });
  await dialog.getByLabel("Model name").fill("iris-e2e");
  await dialog.getByRole("button", { name: "Register" }).click();
  await page.getByRole("status").filter({ hasText: "Registered as version 1" }).click();

  await expect(page.getByRole("heading", { name: "iris-e2e", level: 1 })).toBeVisible();
  await expect(page.getByRole("table").first()).toContainText("accuracy");
  await capture(page, "model-page");
  await page.getByRole("button", { name: "Deploy version 1 as a new endpoint" }).click();
  const deploy = page.getByRole("dialog", { name: "Deploy version 1 as an endpoint" });
  await expect(deploy.getByLabel("Endpoint name")).toHaveValue("iris-e2e");
  // Every request kept, so that the drift test's few requests all reach the monitor.
  await deploy.getByLabel("Capture %").fill("100");
  await deploy.getByRole("button", { name: "Deploy" }).click();
  // The model and its endpoint share a name: the console is known by its address.
  await expect(page).toHaveURL(/\/models\/endpoints\/[^/]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "iris-e2e", level: 1 })).toBeVisible();
  consoleUrl = page.url();
  await expect(page.getByTestId("endpoint-status")).toHaveText(/Ready/, { timeout: 60_000 });
});

test("the console sends a test request and its latency chart moves with the traffic", async () => {
  test.setTimeout(120_000);
  await page.getByRole("button", { name: "Send request" }).click();
  const response = page.getByTestId("test-response");
  await expect(response.getByRole("status")).toHaveText(/^200 .* ms round trip$/, { timeout: 20_000 });
  await expect(response).toContainText('"outputs"');

  const chart = page.getByTestId("latency-chart");
  const pointsBefore = Number((await chart.getAttribute("data-points")) ?? 0);
  for (let i = 0; i < 20; i++) await sendTraffic(5);
  await expect.poll(async () => Number((await chart.getAttribute("data-points")) ?? 0), { timeout: 20_000 }).toBeGreaterThan(pointsBefore);
  await capture(page, "endpoint-console");
});

test("a drift monitor's chart fills after shifted traffic", async () => {
  test.setTimeout(180_000);
  // The training data, as a table dataset version: the monitor's baseline.
  const csv = ["sepal length (cm),sepal width (cm),petal length (cm),petal width (cm),target", ...Array.from({ length: 300 }, (_, i) => `${5 + (i % 10) / 10},${3 + (i % 7) / 10},${1.5 + (i % 30) / 10},${0.2 + (i % 20) / 10},${i % 3}`)].join("\n");
  const upload = await (await page.request.post("/api/v1/uploads", { data: { fileName: "iris-train.csv", sizeBytes: Buffer.byteLength(csv) }, headers: sameOrigin() })).json();
  expect((await page.request.put(`/api/v1/uploads/${upload.id}?offset=0`, { data: Buffer.from(csv), headers: { "content-type": "application/octet-stream", ...sameOrigin() } })).status()).toBe(200);
  expect((await page.request.post("/api/v1/datasets", { data: { name: "iris-train", uploadIds: [upload.id] }, headers: sameOrigin() })).status()).toBe(201);

  await page.goto(consoleUrl);
  await page.getByRole("button", { name: "Start monitoring" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Project", { exact: true }).selectOption({ label: PROJECT.name });
  await dialog.getByLabel("Baseline dataset").selectOption({ label: "iris-train" });
  await expect(dialog.getByLabel("Version", { exact: true })).toContainText("v1 · 300 rows");
  await dialog.getByRole("button", { name: "Create monitor" }).click();
  await expect(page).toHaveURL(/\/monitoring\/[^/]+$/, { timeout: 30_000 });
  await expect(page.getByText(/Watching/).first()).toBeVisible({ timeout: 90_000 });

  for (let i = 0; i < 5; i++) await sendTraffic(40, 3);
  // The request log is written every half second: the window is computed once the last request is in it.
  const endpointId = new URL(consoleUrl).pathname.split("/").at(-1);
  await expect
    .poll(async () => {
      const { requests } = await (await page.request.get(`/api/v1/endpoints/${endpointId}/requests`)).json();
      return requests[0]?.inputs?.["petal length (cm)"]?.[0];
    })
    .toBe(4.5);
  await page.getByRole("button", { name: "Compute now" }).click();
  const petal = page.locator('[data-testid="drift-chart"][data-feature="petal length (cm)"]');
  await expect(petal).toHaveAttribute("data-measured", "1", { timeout: 90_000 });
  // The window picker names the window: its 200 captured rows, and that it drifted.
  await expect(page.locator("option", { hasText: "200 rows · drifted" })).toHaveCount(1);
  await capture(page, "drift-monitor");
  expect(errors).toEqual([]);
});
