/**
 * The insert editor and the checker page in real Chromium: live highlights as text only, drafts
 * kept across a reload, export as a .txt download, keyboard use, and axe-core in both themes.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/rules/index.ts";
import { type ServiceWorker, serviceWorker, type WorkerChrome } from "./extension.ts";
import { useBrowser } from "./harness.ts";
import { axeBothThemes, closeExtensionPages, openExtensionPage, texts } from "./pages.ts";

const browser = useBrowser();
let sw: ServiceWorker;

beforeAll(async () => {
  sw = await serviceWorker(browser());
  await sw.worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({ drafts: { schemaVersion: 1, drafts: [] } });
  });
});

afterEach(async () => {
  await closeExtensionPages();
});

const INSERT = "Thank you for your order!\nIf you love it, please leave a 5-star review.\nIf not, contact us first and we will make it right.";

describe("insert editor", () => {
  it("highlights insert text live, saves the draft locally, keeps it across a reload and exports it as a text file", async () => {
    const { page, errors, requests } = await openExtensionPage(browser(), "editor.html", "#editor-text");
    const text = INSERT;
    await page.type("#draft-name", "Card <b>May</b>");
    await page.focus("#editor-text");
    await page.keyboard.sendCharacter(text);
    await page.waitForSelector("[data-highlighted] mark");
    expect(await page.$eval('input[value="insert"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    const expected = checkText(text, { channel: "insert" });
    expect(expected.length).toBeGreaterThan(0);
    expect(await texts(page, '[data-part="excerpt"]')).toEqual(
      expect.arrayContaining(expected.map((f) => f.excerpt)),
    );
    expect(await page.$eval("[data-highlighted]", (el) => el.textContent)).toBe(text);
    await page.waitForFunction(() => document.querySelector("[data-saved]")?.textContent === "Saved", { polling: 50 });

    await page.reload({ waitUntil: "load" });
    await page.waitForSelector("[data-highlighted] mark");
    expect(await page.$eval("#editor-text", (el) => (el as HTMLTextAreaElement).value)).toBe(text);
    expect(await page.$eval("#draft-name", (el) => (el as HTMLInputElement).value)).toBe("Card <b>May</b>");
    expect(await texts(page, ".draft-link")).toEqual(["Card <b>May</b>"]);

    const dir = await mkdtemp(join(tmpdir(), "og-download-"));
    const cdp = await page.createCDPSession();
    await cdp.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: dir, eventsEnabled: true });
    const done = new Promise<string>((resolve) => {
      cdp.on("Browser.downloadProgress", (e: { state: string; guid: string }) => {
        if (e.state === "completed") resolve(e.guid);
      });
    });
    await page.focus('[data-action="export"]');
    await page.keyboard.press("Enter");
    await done;
    const files = await readdir(dir);
    expect(files).toEqual(["Card b May b.txt"]);
    expect(await readFile(join(dir, files[0]), "utf8")).toBe(text);
    await rm(dir, { recursive: true, force: true });

    expect(await axeBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it("a new draft starts empty and the list keeps both; delete removes one", async () => {
    const { page } = await openExtensionPage(browser(), "editor.html", "#editor-text");
    await page.click('[data-action="new-draft"]');
    await page.focus("#editor-text");
    await page.keyboard.sendCharacter("Second card");
    await page.waitForFunction(() => document.querySelector("[data-saved]")?.textContent === "Saved", { polling: 50 });
    expect((await texts(page, ".draft-link")).length).toBe(2);
    await page.click('[data-action="delete-draft"]');
    await page.waitForFunction(() => document.querySelectorAll(".draft-link").length === 1, { polling: 50 });
  });
});

describe("checker page", () => {
  it("takes the text waiting in storage.session once, shows markup payloads as text", async () => {
    const payload = "<script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>\nPlease leave us a 5-star review";
    const key = "0f8fad5b-d9cb-469f-a165-70867728950e";
    await sw.worker.evaluate(async (k: string, text: string) => {
      await (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ [`checker:${k}`]: { text } });
    }, key, payload);
    const { page, errors, requests } = await openExtensionPage(browser(), `checker.html?text=${key}`, "[data-highlighted] mark");
    expect(await page.$eval("#checker-text", (el) => (el as HTMLTextAreaElement).value)).toBe(payload);
    expect(await page.$eval("[data-highlighted]", (el) => el.textContent)).toBe(payload);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$("[data-highlighted] img, [data-highlighted] script")).toHaveLength(0);
    const left = await sw.worker.evaluate(async (k: string) => {
      const s = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.get(`checker:${k}`);
      return Object.keys(s).length;
    }, key);
    expect(left).toBe(0);
    expect(await axeBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
