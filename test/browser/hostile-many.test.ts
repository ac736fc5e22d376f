/**
 * 500 fields on one page (textareas, text inputs and contenteditable roots): every one is
 * checked, the page keeps rendering while they are, and the field being typed in still gets its
 * underline at once.
 */
import { describe, expect, it } from "vitest";
import { closeHostilePagesAfterEach, framesRendered, openHostile, waitForOverlayCount } from "./hostile-pages.ts";
import { field, typeInto, useBrowser } from "./harness.ts";

const browser = useBrowser();
closeHostilePagesAfterEach();

describe("500 fields", () => {
  it("all 500 are checked (every fifth holds a violation), the page keeps rendering, typing is still checked at once", async () => {
    const harness = browser();
    const page = await openHostile(harness, "many");
    expect(await page.evaluate(() => document.querySelectorAll("textarea, input, [contenteditable]").length)).toBe(500);
    // While the content script works through them, the page renders frames.
    const [rendered] = await Promise.all([framesRendered(page, 30), waitForOverlayCount(page, "[data-count]", (n) => n === 100, "a counter on each of the 100 fields with a violation", 30_000)]);
    expect(rendered.frames).toBe(30);
    await waitForOverlayCount(page, "[data-finding]", (n) => n === 100, "100 findings");

    // A field at the end of the page, typed into: underlined as well.
    const last = await field(page, "#f499");
    await last.evaluate((el) => el.scrollIntoView());
    await typeInto(page, last, " Write to help@kettleco.com");
    await waitForOverlayCount(page, "[data-finding]", (n) => n === 101, "the typed violation underlined");
    expect(await page.evaluate(() => document.querySelectorAll("outreach-guard").length)).toBe(1);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
