/**
 * The service worker: findings reach it, the badge counts violations, settings reach the content
 * scripts (corrupt ones fall back to the defaults), malformed messages are dropped, the ignore list
 * lasts the tab's session, and neither the pages nor the worker make a network request.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ServiceWorker,
  inContentScript,
  resetSettings,
  serviceWorker,
  tabStates,
  waitForTab,
  waitInWorker,
  watchPageConsole,
  type WorkerChrome,
} from "./extension.ts";
import { field, fieldText, findings, overlayAll, readCard, settle, typeInto, URLS, useBrowser, waitForFindings } from "./harness.ts";
import { TEXTS } from "./suite.ts";

const browser = useBrowser();
let sw: ServiceWorker;
const FIELD = ".contact-buyer-text-area kat-textarea >>> textarea";

beforeAll(async () => {
  sw = await serviceWorker(browser());
});

beforeEach(async () => {
  await resetSettings(sw.worker);
  sw.console.length = 0;
  // Tabs closed by the last test's reset are forgotten by the worker (tabs.onRemoved).
  await waitInWorker(sw.worker, async () => {
    const all = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.get(null);
    return Object.keys(all).every((k) => !k.startsWith("tab:"));
  }, "no tab kept");
});

async function openWith(text: string) {
  const harness = browser();
  const page = await harness.open(URLS.contactBuyer);
  const handle = await field(page, FIELD);
  await typeInto(page, handle, text);
  return { harness, page, handle };
}

const setSettings = (value: unknown) =>
  sw.worker.evaluate(async (v) => {
    await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({ settings: v });
  }, value as Record<string, unknown>);

describe("service worker", () => {
  it("findings reach the worker with the sender's tab and frame; the badge shows the number of violations", async () => {
    const { harness, page } = await openWith(TEXTS.two);
    const shown = await waitForFindings(page, 2);
    const tab = await waitForTab(sw.worker, (t) => t.badge === "2", "badge 2");
    // Frame 0 is the top frame: what the overlay shows, offsets and all, and the excerpts.
    expect(Object.keys(tab.frames)).toEqual(["0"]);
    expect(tab.frames["0"].map(({ ruleId, category, start, end }) => ({ rule: ruleId, category, start, end }))).toEqual(
      shown.map(({ rule, category, start, end }) => ({ rule, category, start, end })),
    );
    expect(tab.frames["0"].map((f) => f.excerpt)).toEqual(shown.map((f) => TEXTS.two.slice(f.start, f.end)));

    // Fixing the text clears the badge.
    await page.$eval(".contact-buyer-text-area kat-textarea", (el) => ((el as unknown as { value: string }).value = ""));
    await typeInto(page, await field(page, FIELD), TEXTS.clean);
    await waitForTab(sw.worker, (t) => t.badge === "" && Object.keys(t.frames).length === 0, "an empty badge");
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
    expect(sw.requests).toEqual([]);
  });

  it("the ignore list lives in the worker for the tab's session, across a reload", async () => {
    const { harness, page } = await openWith(TEXTS.positive);
    await waitForFindings(page, 1);
    const [box] = await overlayAll(page, "[data-finding]");
    await box.focus();
    await readCard(page);
    const ignore = await page.waitForSelector('outreach-guard >>> [data-card] [data-action="ignore"]', { visible: true });
    await ignore!.click();
    await waitForFindings(page, 0);
    const tab = await waitForTab(sw.worker, (t) => t.ignored.length === 1 && t.badge === "", "one ignored key");
    // A hash, never the seller's words.
    expect(tab.ignored[0]).toMatch(/^[0-9a-f]{16}$/);

    await page.reload({ waitUntil: "load" });
    const again = await field(page, FIELD);
    await typeInto(page, again, TEXTS.positive);
    await settle(page);
    await settle(page);
    expect(await findings(page)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    expect(sw.requests).toEqual([]);
  });

  it("disabling removes the UI; turning a category off filters it; enabling brings findings back", async () => {
    const { page, handle } = await openWith(TEXTS.two);
    await waitForFindings(page, 2);
    await setSettings({ schemaVersion: 1, enabled: false, disabledCategories: [] });
    await page.waitForFunction(() => !document.querySelector("outreach-guard"), { polling: "raf" });
    await waitForTab(sw.worker, (t) => t.badge === "", "the badge cleared");
    expect(await fieldText(handle)).toBe(TEXTS.two);

    await setSettings({ schemaVersion: 1, enabled: true, disabledCategories: ["off-amazon-contact"] });
    const shown = await waitForFindings(page, 1);
    expect(shown.map((f) => f.category)).toEqual(["review-change"]);
    await waitForTab(sw.worker, (t) => t.badge === "1", "badge 1");

    await setSettings({ schemaVersion: 1, enabled: true, disabledCategories: [] });
    await waitForFindings(page, 2);
    expect(sw.console).toEqual([]);
  });

  it("a page opened while the extension is off shows nothing, not even until the settings arrive", async () => {
    await setSettings({ schemaVersion: 1, enabled: false, disabledCategories: [] });
    const harness = browser();
    const page = await harness.open(URLS.contactBuyer);
    // Fields are found before the worker answers; nothing of ours may reach the page meanwhile.
    await page.evaluate(() => {
      const w = window as unknown as { ours: number };
      w.ours = document.querySelectorAll("outreach-guard").length;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if ((n as Element).localName === "outreach-guard") w.ours++;
      }).observe(document.documentElement, { childList: true });
    });
    const handle = await field(page, FIELD);
    await typeInto(page, handle, TEXTS.two);
    for (let i = 0; i < 5; i++) await settle(page);
    expect(await page.evaluate(() => (window as unknown as { ours: number }).ours)).toBe(0);
    expect((await tabStates(sw.worker)).every((t) => t.badge === "")).toBe(true);
    expect(await fieldText(handle)).toBe(TEXTS.two);

    await setSettings({ schemaVersion: 1, enabled: true, disabledCategories: [] });
    await waitForFindings(page, 2);
    expect(harness.pageErrors).toEqual([]);
  });

  it("corrupt settings fall back to the defaults, said once", async () => {
    await setSettings({ schemaVersion: 99, enabled: "no", disabledCategories: ["nonsense"] });
    const { harness, page } = await openWith(TEXTS.two);
    await waitForFindings(page, 2);
    await waitForTab(sw.worker, (t) => t.badge === "2", "badge 2");
    // Stored again, still corrupt: no second warning. (A record without schemaVersion and with
    // the v0 fields is the previous version's, migrated, not corrupt: migrations.ts.)
    await setSettings({ schemaVersion: 1, enabled: "no" });
    await settle(page);
    await waitForFindings(page, 2);
    const notices = await sw.worker.evaluate(async () => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.get("notices")).notices);
    expect(notices).toEqual({ settings: "corrupt" });
    expect(sw.console.filter((m) => m.includes("settings are not valid"))).toHaveLength(1);
    expect(harness.pageErrors).toEqual([]);
  });

  it("malformed messages are dropped with a warning, in the worker and in the content script", async () => {
    const { harness, page } = await openWith(TEXTS.positive);
    await waitForFindings(page, 1);
    const tab = await waitForTab(sw.worker, (t) => t.badge === "1", "badge 1");
    const pageConsole = await watchPageConsole(page);

    // From the content script's world: a bad findings list, and a popup message from a tab.
    await inContentScript(
      page,
      `Promise.allSettled([
        chrome.runtime.sendMessage({ type: "content:findings", findings: [{ ruleId: 1, category: "x", start: -1 }] }),
        chrome.runtime.sendMessage({ type: "popup:settings", settings: { schemaVersion: 1, enabled: false, disabledCategories: [] } }),
        chrome.runtime.sendMessage({ type: "no-such-message" }),
      ])`,
    );
    const dropped = () => sw.console.filter((m) => m.includes("dropped a message")).length;
    for (const deadline = Date.now() + 10_000; dropped() < 3 && Date.now() < deadline; ) await waitInWorker(sw.worker, () => true, "a turn");
    expect(dropped()).toBe(3);
    const after = (await tabStates(sw.worker))[0];
    expect(after.badge).toBe("1");
    expect(after.frames).toEqual(tab.frames);
    const stored = await sw.worker.evaluate(async () => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get("settings")).settings);
    expect(stored).toEqual({ schemaVersion: 1, enabled: true, disabledCategories: [] });

    // From the worker to the tab: settings that do not fit the schema are not acted on.
    await sw.worker.evaluate(async (tabId) => {
      await (globalThis as unknown as { chrome: WorkerChrome }).chrome.tabs.sendMessage(tabId, { type: "worker:settings", settings: { enabled: false } });
    }, tab.tabId);
    for (const deadline = Date.now() + 10_000; !pageConsole.messages.some((m) => m.includes("dropped a message")) && Date.now() < deadline; ) {
      await settle(page);
    }
    expect(pageConsole.messages.filter((m) => m.includes("dropped a message"))).not.toEqual([]);
    await settle(page);
    expect(await findings(page)).toHaveLength(1);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
    expect(sw.requests).toEqual([]);
  });
});
