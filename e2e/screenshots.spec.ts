// Full-page screenshots of every page, for a person to review the look: signed out, as
// the owner, and as the annotator. Runs after the foundation spec, on the team it built.
import { expect, test, type Page } from "@playwright/test";
import { ANNOTATOR, OWNER, PROJECT } from "./fixtures/accounts";
import { collectConsoleErrors } from "./fixtures/console-errors";
import { signIn } from "./fixtures/sign-in";

test.describe.configure({ mode: "serial" });

async function capture(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** Opens a page and waits for its heading, so the capture shows the page, not its loading state. */
async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
}

test("signed-out pages", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await visit(page, "/sign-in", "Sign in to ML Studio");
  await capture(page, "sign-in");

  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toBeVisible();
  await capture(page, "sign-in-error");

  await visit(page, "/sign-up", "Sign-up needs an invite");
  await capture(page, "sign-up-needs-invite");

  await visit(page, "/invite/inv_not-a-real-token", "This invite link does not work");
  await capture(page, "invite-invalid");

  await visit(page, "/no-such-page", "Page not found");
  await capture(page, "not-found");
  expect(errors).toEqual([]);
});

test("the owner's pages", async ({ page, browser }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, OWNER);

  await visit(page, "/projects", "Projects");
  await expect(page.locator('[data-live-status="live"]')).toBeVisible();
  await capture(page, "projects");

  await page.getByRole("button", { name: "New project" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("dialog").getByText("Enter a project name.")).toBeVisible();
  await capture(page, "projects-new-dialog");
  await page.keyboard.press("Escape");

  await visit(page, `/projects/${PROJECT.slug}`, PROJECT.name);
  await capture(page, "project-overview");

  await visit(page, "/projects/no-such-project", "Nothing here");
  await capture(page, "project-not-found");

  for (const [path, heading, name] of [
    ["/notebooks", "Notebooks", "notebooks"],
    ["/data", "Data & Labeling", "data"],
    ["/experiments", "Experiments", "experiments"],
    ["/models", "Models & Endpoints", "models"],
    ["/monitoring", "Monitoring", "monitoring"],
    ["/workers", "Workers", "workers"],
  ]) {
    await visit(page, path, heading);
    await capture(page, name);
  }

  await visit(page, "/settings/team", "Team settings");
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Viewer" });
  await page.getByRole("button", { name: "Create invite link" }).click();
  await expect(page.getByLabel("Invite link")).toBeVisible();
  await expect(page.getByRole("table", { name: "Open invites" }).getByRole("cell", { name: "Anyone with the link", exact: true })).toBeVisible();
  await capture(page, "settings-team");
  const inviteLink = await page.getByLabel("Invite link").inputValue();

  await visit(page, "/settings/tokens", "API tokens");
  await capture(page, "settings-tokens-empty");
  await page.getByLabel("Token name").fill("laptop");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("API token", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Your API tokens" }).getByRole("cell", { name: "laptop", exact: true })).toBeVisible();
  await capture(page, "settings-tokens");

  // Hold the next page's server response to capture its loading state, then let it through.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/settings\/team\?_rsc=/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Team settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loading" })).toBeAttached();
  await capture(page, "loading");
  release();
  await expect(page.getByRole("heading", { name: "Team settings", level: 1 })).toBeVisible();
  await page.unrouteAll();

  // The invite page as its recipient sees it, in a browser with no session.
  const recipient = await (await browser.newContext()).newPage();
  await visit(recipient, inviteLink, /^Join /);
  await capture(recipient, "invite");
  await recipient.context().close();
  expect(errors).toEqual([]);
});

test("the annotator's pages", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, ANNOTATOR);

  await visit(page, "/data", "Your labeling tasks");
  await capture(page, "annotator-data");

  await visit(page, "/settings/tokens", "API tokens");
  await capture(page, "annotator-tokens");

  await page.goto("/projects");
  await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
  await capture(page, "annotator-forbidden");
  expect(errors).toEqual([]);
});
