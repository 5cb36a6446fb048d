// Debian's Chromium through Playwright, as the e2e specs launch it, signed in with the
// studio session cookie.
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH } from "@/e2e/fixtures/chromium";

export async function openSignedInBrowser(url: string, cookie: string) {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const [name, value] = cookie.split(/=(.*)/s);
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  await context.addCookies([{ name, value, url }]);
  return { browser, context };
}
