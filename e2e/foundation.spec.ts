// The studio's first minutes, as people live them: the first user founds the team,
// creates a project, invites an annotator, and uses an API token until revoking it.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ANNOTATOR, OWNER, PROJECT, TEAM_NAME } from "./fixtures/accounts";

test.describe.configure({ mode: "serial" });

let owner: Page;
let annotator: Page;

test.beforeAll(async ({ browser }) => {
  owner = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  await owner?.context().close();
  await annotator?.context().close();
});

test("the first visitor signs up, founds the team and lands on projects", async () => {
  await owner.goto("/");
  await expect(owner).toHaveURL(/\/sign-up$/);
  await expect(owner.getByRole("heading", { name: "Set up your studio" })).toBeVisible();

  await owner.getByLabel("Your name").fill(OWNER.name);
  await owner.getByLabel("Email").fill(OWNER.email);
  await owner.getByLabel("Password").fill(OWNER.password);
  await owner.getByRole("button", { name: "Create account" }).click();

  await expect(owner).toHaveURL(/\/projects$/);
  await expect(owner.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  await expect(owner.getByRole("banner").getByText(TEAM_NAME)).toBeVisible();
  await expect(owner.getByRole("heading", { name: "No projects yet" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the new-project form shows a field error, then creates the project", async () => {
  await owner.getByRole("button", { name: "New project" }).click();
  const dialog = owner.getByRole("dialog", { name: "New project" });
  await dialog.getByRole("button", { name: "Create project" }).click();

  await expect(dialog.getByText("Enter a project name.")).toBeVisible();
  await expect(dialog.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  await dialog.getByLabel("Name").fill(PROJECT.name);
  await dialog.getByLabel("Description (optional)").fill(PROJECT.description);
  await dialog.getByRole("button", { name: "Create project" }).click();

  await expect(dialog).toBeHidden();
  await owner.getByRole("link", { name: new RegExp(PROJECT.name) }).click();
  await expect(owner).toHaveURL(new RegExp(`/projects/${PROJECT.slug}$`));
  await expect(owner.getByRole("heading", { name: PROJECT.name, level: 1 })).toBeVisible();
  for (const section of ["Notebooks", "Datasets", "Labeling", "Runs", "Models", "Endpoints"]) {
    await expect(owner.getByRole("heading", { name: section, exact: true })).toBeVisible();
  }
});

test("the owner invites an annotator, who joins the team through the link", async ({ browser }) => {
  await owner.goto("/settings/team");
  await owner.getByLabel("Role", { exact: true }).selectOption({ label: "Annotator" });
  await owner.getByLabel("Email (optional)").fill(ANNOTATOR.email);
  await owner.getByRole("button", { name: "Create invite link" }).click();
  const inviteLink = await owner.getByLabel("Invite link").inputValue();
  expect(inviteLink).toMatch(/^http:\/\/localhost:\d+\/invite\/inv_/);
  await expect(owner.getByRole("table", { name: "Open invites" }).getByText(ANNOTATOR.email)).toBeVisible();

  annotator = await (await browser.newContext()).newPage();
  await annotator.goto(inviteLink);
  await expect(annotator.getByRole("heading", { name: `Join ${TEAM_NAME}` })).toBeVisible();
  await expect(annotator.getByText("You are invited as Annotator")).toBeVisible();
  await expect(annotator.getByLabel("Email")).toHaveValue(ANNOTATOR.email);
  await annotator.getByLabel("Your name").fill(ANNOTATOR.name);
  await annotator.getByLabel("Password").fill(ANNOTATOR.password);
  await annotator.getByRole("button", { name: "Create account and join" }).click();

  await expect(annotator).toHaveURL(/\/data$/);
  await expect(annotator.getByRole("heading", { name: "Your labeling tasks" })).toBeVisible();
  await expect(annotator.getByRole("banner").getByText(TEAM_NAME)).toBeVisible();

  await owner.reload();
  const members = owner.getByRole("table", { name: "Members" });
  await expect(members.getByRole("row", { name: new RegExp(ANNOTATOR.name) })).toBeVisible();
  await expect(members.getByLabel(`Role of ${ANNOTATOR.name}`)).toHaveValue("ANNOTATOR");
  await expect(owner.getByRole("table", { name: "Open invites" })).toBeHidden();
});

test("the annotator's navigation holds only labeling and their API tokens", async () => {
  const nav = annotator.getByRole("navigation", { name: "Studio" });
  await expect(nav.getByRole("link")).toHaveText(["Data & Labeling", "API tokens"]);
});

test("every other page answers 403 to the annotator and shows no project data", async () => {
  for (const path of ["/notebooks", "/projects", `/projects/${PROJECT.slug}`, "/settings/team"]) {
    const response = await annotator.goto(path);
    expect([403, 404], `status of ${path}`).toContain(response?.status());
    await expect(annotator.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
    expect(await annotator.content(), `HTML of ${path}`).not.toContain(PROJECT.name);
  }
  const api = await annotator.request.get("/api/v1/projects");
  expect(api.status()).toBe(403);
});

test("an API token works against the REST API until it is revoked in the UI", async ({ playwright, baseURL }) => {
  await owner.goto("/settings/tokens");
  await owner.getByLabel("Token name").fill("e2e");
  await owner.getByRole("button", { name: "Create token" }).click();
  const token = await owner.getByLabel("API token", { exact: true }).inputValue();
  expect(token).toMatch(/^mls_/);

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const listed = await api.get("/api/v1/projects");
  expect(listed.status()).toBe(200);
  expect((await listed.json()).projects).toEqual([expect.objectContaining({ name: PROJECT.name, slug: PROJECT.slug })]);

  await owner.getByRole("table", { name: "Your API tokens" }).getByRole("button", { name: "Revoke token e2e" }).click();
  await owner.getByRole("dialog").getByRole("button", { name: "Revoke" }).click();
  await expect(owner.getByText("You have no API tokens.")).toBeVisible();

  const refused = await api.get("/api/v1/projects");
  expect(refused.status()).toBe(401);
  await api.dispose();
});

test("a project created elsewhere appears on the projects page live", async ({ page }) => {
  await owner.goto("/projects");
  await expect(owner.locator('[data-live-status="live"]')).toBeVisible();

  // A second session of the same owner creates it, as a teammate's browser would.
  await page.context().addCookies(await owner.context().cookies());
  await page.goto("/projects");
  await page.getByRole("button", { name: "New project" }).click();
  await page.getByRole("dialog").getByLabel("Name").fill("Fraud detection");
  await page.getByRole("dialog").getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();

  await expect(owner.getByRole("link", { name: /Fraud detection/ })).toBeVisible();
});

/** Picks a role and waits for the server action that saves it (a POST to the page). */
async function changeRole(select: Locator, label: string) {
  const saved = owner.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/settings/team"));
  await select.selectOption({ label });
  expect((await saved).ok()).toBe(true);
}

test("a role change applies at once: as a viewer the annotator reads projects but cannot create", async () => {
  const role = owner.getByRole("table", { name: "Members" }).getByLabel(`Role of ${ANNOTATOR.name}`);
  await owner.goto("/settings/team");
  await changeRole(role, "Viewer");
  await owner.reload();
  await expect(role).toHaveValue("VIEWER");

  const response = await annotator.goto("/projects");
  expect(response?.status()).toBe(200);
  await expect(annotator.getByRole("link", { name: new RegExp(PROJECT.name) })).toBeVisible();
  await expect(annotator.getByRole("button", { name: "New project" })).toHaveCount(0);

  // Back to annotator, as the screenshot spec expects.
  await changeRole(role, "Annotator");
  await owner.reload();
  await expect(role).toHaveValue("ANNOTATOR");
});
