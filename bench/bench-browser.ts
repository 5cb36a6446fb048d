// Debian's Chromium through Playwright, as the e2e specs launch it (no browser download),
// signed in with the studio session cookie.
import { chromium } from "@playwright/test";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function openSignedInBrowser(url: string, cookie: string) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const [name, value] = cookie.split(/=(.*)/s);
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  await context.addCookies([{ name, value, url }]);
  return { browser, context };
}
