/**
 * Rapid navigation inside a single-page app: storms of 500 pushState / replaceState calls (the
 * browser itself takes ~4 ms a navigation here, with or without the extension; 2,000 add ~20 %)
 * between messaging and other paths, the app re-rendering its fields each time. The content
 * script ends in the right state for where the storm ends (checking on a messaging path, idle
 * and showing nothing elsewhere), with one overlay at most and no error.
 */
import { describe, expect, it } from "vitest";
import { closeHostilePagesAfterEach, framesRendered, openHostile, waitForOverlayCount } from "./hostile-pages.ts";
import { useBrowser, waitForFindings } from "./harness.ts";

const browser = useBrowser();
closeHostilePagesAfterEach();

const storm = (page: import("puppeteer-core").Page, n: number, end: string) =>
  page.evaluate((count: number, path: string) => (window as unknown as { storm(n: number, end: string): Promise<void> }).storm(count, path), n, end);

describe("SPA navigation storms", () => {
  it("500 navigations ending on an order page: idle, nothing shown; then back on messaging: checking again", async () => {
    const harness = browser();
    const page = await openHostile(harness, "spa");
    await waitForFindings(page, 1);

    await storm(page, 500, "/orders-v3/order/111-1234567-1234567");
    await waitForOverlayCount(page, "[data-finding]", (n) => n === 0, "no finding off messaging");
    // Idle for good: a few of its ticks (60 frames) later still nothing, no overlay left in the page.
    await framesRendered(page, 60);
    expect(await page.evaluate(() => document.querySelectorAll("outreach-guard").length)).toBe(0);

    await storm(page, 500, "/messaging/hostile/spa");
    await waitForFindings(page, 1);
    expect(await page.evaluate(() => document.querySelectorAll("outreach-guard").length)).toBe(1);

    // history.back() through the storm's entries: popstate storms end checking on messaging too.
    await page.evaluate(async () => {
      for (let i = 0; i < 40; i++) {
        const wait = new Promise((r) => addEventListener("popstate", r, { once: true }));
        history.back();
        await wait;
      }
    });
    const path = await page.evaluate(() => location.pathname);
    if (path.startsWith("/messaging/")) await waitForFindings(page, 1);
    else await waitForOverlayCount(page, "[data-finding]", (n) => n === 0, "no finding off messaging");
    expect(await page.evaluate(() => document.querySelectorAll("outreach-guard").length)).toBeLessThanOrEqual(1);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
