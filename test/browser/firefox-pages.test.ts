/**
 * Firefox: the checker page, an extension page (moz-extension://) that gets the compiled rule
 * catalog from the add-on's background event page, as the popup and the editor do. Over BiDi the
 * page's `goto` is not awaited (its load event never arrives there): the test waits for the
 * page's content instead.
 */
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/rules/index.ts";
import { FIREFOX_EXTENSION_ORIGIN, useFirefox } from "./firefox.ts";

const browser = useFirefox();

describe("Firefox: the checker page", () => {
  it("checks typed text with the catalog from the event page, shown as text only", async () => {
    const { browser: firefox } = browser();
    const page = await firefox.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    void page.goto(`${FIREFOX_EXTENSION_ORIGIN}/checker.html`).catch(() => {});
    const box = await page.waitForSelector("textarea", { timeout: 20_000 });
    const text = 'Please leave us a 5-star review <img src=x onerror="window.pwned=1">.';
    // BiDi sends one character at a time (no sendCharacter of a whole text).
    await box!.type(text);
    await page.waitForSelector("[data-highlighted] mark", { timeout: 20_000 });
    expect(await page.$eval("[data-highlighted]", (el) => el.textContent)).toBe(text);
    expect(await page.$$("[data-highlighted] img")).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const marked = await page.$$eval("[data-highlighted] mark", (marks) => marks.map((m) => m.textContent));
    expect(marked).toEqual(expect.arrayContaining(checkText(text, { channel: "message" }).map((f) => f.excerpt)));
    expect(errors).toEqual([]);
    await page.close();
  });
});
