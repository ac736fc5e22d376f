/**
 * The options page in real Chromium: categories and checking on/off saved to the settings the
 * worker reads, corrupt settings shown as the defaults with a notice, an invalid site refused,
 * ignored warnings cleared, reset; keyboard use and axe-core in both themes.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetSettings, type ServiceWorker, serviceWorker, type WorkerChrome } from "./extension.ts";
import { useBrowser } from "./harness.ts";
import { axeBothThemes, closeExtensionPages, openExtensionPage } from "./pages.ts";

const browser = useBrowser();
let sw: ServiceWorker;

beforeAll(async () => {
  sw = await serviceWorker(browser());
});
beforeEach(async () => {
  await resetSettings(sw.worker);
});
afterEach(async () => {
  await closeExtensionPages();
});

const stored = (key: string) =>
  sw.worker.evaluate(async (k: string) => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get(k))[k], key);

describe("options", () => {
  it("turns a category and checking off and on, kept in the settings; keyboard only; axe finds nothing", async () => {
    const { page, errors, requests } = await openExtensionPage(browser(), "options.html", '[data-category="marketing"]');
    await page.focus('[data-category="marketing"]');
    await page.keyboard.press("Space");
    await page.waitForFunction(() => document.querySelector("[data-status]")?.textContent === "Saved.", { polling: 50 });
    expect(await stored("settings")).toEqual({ schemaVersion: 1, enabled: true, disabledCategories: ["marketing"] });
    await page.click('[data-setting="enabled"]');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-category="marketing"]')?.closest("fieldset")?.disabled, { polling: 50 });
    expect(await axeBothThemes(page)).toEqual([]);
    await page.click('[data-action="reset"]');
    await page.waitForFunction(() => document.querySelector("[data-status]")?.textContent?.startsWith("Settings and checklist"), { polling: 50 });
    expect(await stored("settings")).toEqual({ schemaVersion: 1, enabled: true, disabledCategories: [] });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("corrupt settings show as the defaults with a notice until saved", async () => {
    await sw.worker.evaluate(async () => {
      await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({ settings: { schemaVersion: 99, enabled: "yes" } });
    });
    const { page } = await openExtensionPage(browser(), "options.html", '[data-notice="corrupt"]');
    expect(await page.$$eval("[data-category]", (els) => els.every((el) => (el as HTMLInputElement).checked))).toBe(true);
    expect(await axeBothThemes(page)).toEqual([]);
    await page.click('[data-category="review-change"]');
    await page.waitForFunction(() => !document.querySelector('[data-notice="corrupt"]'), { polling: 50 });
    expect(await stored("settings")).toEqual({ schemaVersion: 1, enabled: true, disabledCategories: ["review-change"] });
  });

  it("refuses an address that is not a site, and Seller Central itself, before asking for any permission", async () => {
    const { page } = await openExtensionPage(browser(), "options.html", "#site-address");
    await page.type("#site-address", "not a site");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#site-error");
    expect(await page.$eval("#site-address", (el) => el.getAttribute("aria-invalid"))).toBe("true");
    await page.$eval("#site-address", (el) => {
      (el as HTMLInputElement).select();
    });
    await page.type("#site-address", "sellercentral.amazon.de");
    await page.click('[data-action="add-site"]');
    await page.waitForFunction(() => document.querySelector("#site-error")?.textContent === "Seller Central is always checked.", { polling: 50 });
    expect(await axeBothThemes(page)).toEqual([]);
  });

  it("clears every tab's ignored warnings", async () => {
    await sw.worker.evaluate(async () => {
      const chrome = globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } };
      await chrome.chrome.storage.session.set({ "tab:999999": { frames: {}, ignored: ["0123456789abcdef"] } });
    });
    const { page } = await openExtensionPage(browser(), "options.html", '[data-action="clear-ignored"]');
    await page.click('[data-action="clear-ignored"]');
    await page.waitForFunction(() => document.querySelector("[data-status]")?.textContent?.startsWith("Ignored warnings cleared"), { polling: 50 });
    const record = await sw.worker.evaluate(async () => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.get("tab:999999"))["tab:999999"]);
    expect(record).toEqual({ frames: {}, ignored: [] });
    await sw.worker.evaluate(async () => {
      await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.remove("tab:999999");
    });
  });
});

describe("context menu and site scripts", () => {
  it("the worker registers the menu item and the page permissions this issue adds, nothing else", async () => {
    const manifest = await sw.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions: string[]; optional_host_permissions: string[] } } } }).chrome.runtime.getManifest());
    expect([...manifest.permissions].sort()).toEqual(["activeTab", "contextMenus", "scripting", "storage"]);
    expect(manifest.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
    const registered = await sw.worker.evaluate(async () =>
      (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } } }).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
    );
    expect(registered).toEqual([]);
  });
});
