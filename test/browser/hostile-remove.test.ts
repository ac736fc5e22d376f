/**
 * A page whose framework removes every element it did not put under <html>, or re-renders
 * <html>'s children wholesale: our <outreach-guard> comes back with its findings. A page that
 * removes it every time it appears is not fought in a loop: the page stays responsive, and the
 * overlay comes back once the page lets it.
 */
import { describe, expect, it } from "vitest";
import { closeHostilePagesAfterEach, framesRendered, openHostile, overlayCount, waitForOverlayCount } from "./hostile-pages.ts";
import { field, typeInto, useBrowser, waitForFindings } from "./harness.ts";
import { TEXTS } from "./suite.ts";

const browser = useBrowser();
closeHostilePagesAfterEach();

const overlayPlace = (page: import("puppeteer-core").Page) =>
  page.evaluate(() => {
    const all = document.querySelectorAll("outreach-guard");
    return { count: all.length, onHtml: all.length === 1 && all[0].parentNode === document.documentElement && document.documentElement.lastElementChild === all[0] };
  });

describe("a page that removes our element", () => {
  it("it comes back, as the last child of <html>, with its findings", async () => {
    const harness = browser();
    const page = await openHostile(harness, "remove");
    await typeInto(page, await field(page, "#message"), TEXTS.positive);
    await waitForFindings(page, 1);
    // The page removed it as many times as its budget allowed; it is back after each.
    expect(await page.evaluate(() => (window as unknown as { hostile: { removals: number } }).hostile.removals)).toBe(3);
    expect(await overlayPlace(page)).toEqual({ count: 1, onHtml: true });

    // A re-render of <html>'s children removes it once more: back again, findings and all.
    await page.evaluate(() => {
      (window as unknown as { hostile: { budget: number } }).hostile.budget = 0;
      (window as unknown as { rerender(): void }).rerender();
    });
    await waitForFindings(page, 1);
    expect(await overlayPlace(page)).toEqual({ count: 1, onHtml: true });
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it("a page that always removes it: no endless fight, the page keeps rendering; the overlay returns when allowed", async () => {
    const harness = browser();
    const page = await openHostile(harness, "remove");
    await typeInto(page, await field(page, "#message"), TEXTS.positive);
    await waitForFindings(page, 1);
    const before = await page.evaluate(() => (window as unknown as { hostile: { removals: number } }).hostile.removals);
    await page.evaluate(() => {
      const h = (window as unknown as { hostile: { always: boolean } }).hostile;
      h.always = true;
      document.querySelector("outreach-guard")?.remove();
    });
    // 60 frames (about a second: several of the content script's ticks) render while the page fights.
    const rendered = await framesRendered(page, 60);
    expect(rendered.frames).toBe(60);
    const removals = (await page.evaluate(() => (window as unknown as { hostile: { removals: number } }).hostile.removals)) - before;
    // Put back a bounded number of times, not thousands.
    expect(removals).toBeLessThan(200);
    // Typing still works while the page fights.
    await typeInto(page, await field(page, "#message"), " today");
    expect(await page.$eval("#message", (el) => (el as HTMLTextAreaElement).value)).toBe(`${TEXTS.positive} today`);

    // The page stops removing it: it is back with the finding.
    await page.evaluate(() => {
      (window as unknown as { hostile: { always: boolean; budget: number } }).hostile.always = false;
    });
    await waitForOverlayCount(page, "[data-finding]", (n) => n === 1, "the finding back");
    expect(await overlayPlace(page)).toEqual({ count: 1, onHtml: true });
    expect(await overlayCount(page, "[data-count]")).toBe(1);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
