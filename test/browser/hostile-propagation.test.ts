/**
 * A page that stops every input, focus, key, mouse and scroll event in the capture phase on
 * window and document (registered before any content script, with stopImmediatePropagation, so
 * even our own window listeners never see them). Fields are still found by scanning and their
 * changes noticed by the content script's tick: violations are underlined and fixes clear them;
 * what needs events (hover cards, the send guard) fails safe, without a page error.
 */
import { describe, expect, it } from "vitest";
import { closeHostilePagesAfterEach, openHostile } from "./hostile-pages.ts";
import { expectedFindings, TEXTS } from "./suite.ts";
import { field, retype, typeInto, useBrowser, waitForFindings } from "./harness.ts";

const browser = useBrowser();
closeHostilePagesAfterEach();

describe("a page that stops event propagation", () => {
  it("violations are still underlined at the engine's offsets, and cleared when fixed", async () => {
    const harness = browser();
    const page = await openHostile(harness, "propagation");
    const handle = await field(page, "#message");
    await typeInto(page, handle, TEXTS.two);
    const shown = await waitForFindings(page, 2);
    expect(shown.map(({ category, rule, start, end }) => ({ category, rule, start, end }))).toEqual(expectedFindings(TEXTS.two));
    // The page did stop our events: input and key events never got past its window listener.
    const stopped = await page.evaluate(() => (window as unknown as { stopped: Record<string, number> }).stopped);
    expect(stopped.input).toBeGreaterThan(0);
    expect(stopped.keydown).toBeGreaterThan(0);
    expect(await page.$eval("#message", (el) => (el as HTMLTextAreaElement).value)).toBe(TEXTS.two);

    await retype(page, handle, TEXTS.clean);
    await waitForFindings(page, 0);
    await retype(page, handle, TEXTS.positive);
    await waitForFindings(page, 1);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
