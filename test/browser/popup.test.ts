/**
 * The popup in real Chromium, opened as a page with `?tabId=N` for a fixture tab: findings from
 * the worker grouped by category with their explanations, "Show in page" focusing the finding
 * in the page, the states (no field, no warnings, site access off), the checklist and the
 * "Check text" tab; axe-core finds nothing in either theme.
 */
import type { Page } from "puppeteer-core";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CATEGORY_IDS, checkText } from "../../src/rules/index.ts";
import { categoryText } from "../../src/rules/texts.ts";
import { resetSettings, type ServiceWorker, serviceWorker, waitForTab, waitInWorker, type WorkerChrome } from "./extension.ts";
import { field, typeInto, URLS, useBrowser, waitForFindings } from "./harness.ts";
import { axeBothThemes, closeExtensionPages, openExtensionPage, texts } from "./pages.ts";
import { TEXTS } from "./suite.ts";

const browser = useBrowser();
let sw: ServiceWorker;
const FIELD = ".contact-buyer-text-area kat-textarea >>> textarea";

beforeAll(async () => {
  sw = await serviceWorker(browser());
});

beforeEach(async () => {
  await resetSettings(sw.worker);
  await sw.worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({ checklist: { schemaVersion: 1, ticked: [] } });
  });
  await waitInWorker(sw.worker, async () => {
    const all = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.session.get(null);
    return Object.keys(all).every((k) => !k.startsWith("tab:"));
  }, "no tab kept");
});

afterEach(async () => {
  await closeExtensionPages();
});

/** The fixture page's tab id, from the worker's records (its hello made one). */
async function tabIdOf(): Promise<number> {
  const tab = await waitForTab(sw.worker, () => true, "the fixture tab");
  return tab.tabId;
}

async function openPopup(tabId: number, ready = "[data-state]") {
  return openExtensionPage(browser(), `popup.html?tabId=${tabId}`, ready);
}

async function focusedFinding(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("outreach-guard")?.shadowRoot;
    const el = root?.activeElement as HTMLElement | null | undefined;
    return el?.hasAttribute("data-finding") ? { start: Number(el.dataset.start), end: Number(el.dataset.end), rule: el.dataset.rule } : null;
  });
}

describe("popup: This page", () => {
  it("lists the tab's findings by category with policy, place, why, fix and rewrite; Show in page focuses the finding", async () => {
    const harness = browser();
    const page = await harness.open(URLS.contactBuyer);
    await typeInto(page, await field(page, FIELD), TEXTS.two);
    await waitForFindings(page, 2);
    await waitForTab(sw.worker, (t) => t.badge === "2", "badge 2");
    const tabId = await tabIdOf();
    const popup = await openPopup(tabId, '[data-state="findings"]');

    const expected = checkText(TEXTS.two, { channel: "message" });
    // Groups in the catalog's category order.
    const byCategory = [...expected].sort((a, b) => CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category));
    expect(await texts(popup.page, "[data-group] .group-title")).toEqual(byCategory.map((f) => `${categoryText(f.category).title} (1)`));
    expect(await texts(popup.page, '[data-part="excerpt"]')).toEqual(byCategory.map((f) => f.excerpt));
    const change = categoryText("review-change");
    const group = '[data-group="review-change"]';
    expect(await texts(popup.page, `${group} [data-part="policy"]`)).toEqual([change.policy]);
    expect((await texts(popup.page, `${group} [data-part="place"]`))[0]).toContain("prohibited activity 6 of 10");
    expect(await texts(popup.page, `${group} [data-part="why"]`)).toEqual([change.why]);
    expect(await texts(popup.page, `${group} [data-part="fix"]`)).toEqual([change.fix]);
    expect(await texts(popup.page, `${group} [data-part="message"]`)).toEqual([expected.find((f) => f.category === "review-change")!.message]);
    expect((await texts(popup.page, '[data-part="rewrite"]')).every((s) => s.startsWith("Rewrite:"))).toBe(true);

    // Keyboard only: Tab to the second finding's button and press Enter.
    const second = expected.find((f) => f.category === "review-change")!;
    await popup.page.focus(`${group} [data-action="show-in-page"]`);
    await popup.page.keyboard.press("Enter");
    await page.waitForFunction(
      (s: number) => (document.querySelector("outreach-guard")?.shadowRoot?.activeElement as HTMLElement | null)?.dataset.start === String(s),
      { polling: 50, timeout: 10_000 },
      second.start,
    );
    expect(await focusedFinding(page)).toEqual({ start: second.start, end: second.end, rule: second.ruleId });
    // Its card opened (focus on a finding opens it).
    await page.waitForFunction(() => document.querySelector("outreach-guard")?.shadowRoot?.querySelector("[data-card]:not([hidden])"), { polling: 50 });

    expect(await axeBothThemes(popup.page)).toEqual([]);
    expect(popup.errors).toEqual([]);
    expect(popup.requests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it("follows the page live: a fixed text turns the list into No warnings", async () => {
    const harness = browser();
    const page = await harness.open(URLS.contactBuyer);
    const handle = await field(page, FIELD);
    await typeInto(page, handle, TEXTS.positive);
    await waitForTab(sw.worker, (t) => t.badge === "1", "badge 1");
    const popup = await openPopup(await tabIdOf(), '[data-state="findings"]');
    // The seller's tab is the visible one (a hidden tab runs no animation frames, so no checks).
    await page.bringToFront();
    await handle.evaluate((el) => {
      (el as HTMLTextAreaElement).select();
    });
    await page.keyboard.type(TEXTS.clean);
    await popup.page.waitForSelector('[data-state="clean"]', { timeout: 10_000 });
    expect(await axeBothThemes(popup.page)).toEqual([]);
  });

  it("says there is no message field on a Seller Central page outside messaging", async () => {
    const harness = browser();
    await harness.open(URLS.orderDetails);
    const popup = await openPopup(await tabIdOf(), '[data-state="no-field"]');
    expect(await texts(popup.page, "[data-state] h2")).toEqual(["No message field on this page."]);
    expect(await axeBothThemes(popup.page)).toEqual([]);
    expect(popup.errors).toEqual([]);
  });

  it("says site access is off on a site the extension may not read", async () => {
    const harness = browser();
    const other = await harness.browser.newPage();
    await other.goto("about:blank");
    // A tab the extension has no access to: its address is hidden and no content script answers.
    const tabId = await sw.worker.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } } }).chrome;
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => !t.url)?.id ?? tabs.at(-1)!.id;
    });
    const popup = await openPopup(tabId, "[data-state]");
    const state = await popup.page.$eval("[data-state]", (el) => (el as HTMLElement).dataset.state);
    expect(["site-off", "unsupported"]).toContain(state);
    expect(await axeBothThemes(popup.page)).toEqual([]);
    await other.close();
  });
});

describe("popup: Checklist", () => {
  it("shows every policy item, live state from the page, seller ticks kept across openings, progress and reset", async () => {
    const harness = browser();
    const page = await harness.open(URLS.contactBuyer);
    await typeInto(page, await field(page, FIELD), TEXTS.two);
    await waitForTab(sw.worker, (t) => t.badge === "2", "badge 2");
    const tabId = await tabIdOf();
    let popup = await openPopup(tabId, '[data-state="findings"]');
    await popup.page.click("#tab-checklist");
    await popup.page.waitForSelector("[data-item]");
    const items = await popup.page.$$eval("[data-item]", (els) => els.map((el) => ({ id: (el as HTMLElement).dataset.item, kind: (el as HTMLElement).dataset.kind, live: (el as HTMLElement).dataset.live })));
    const ids = items.map((i) => i.id);
    for (const id of ["P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "C1", "C2"]) expect(ids).toContain(id);
    expect(items.find((i) => i.id === "P8")).toEqual({ id: "P8", kind: "seller", live: "seller" });
    expect(items.find((i) => i.id === "P0")).toMatchObject({ kind: "engine", live: "flagged" });
    expect(items.find((i) => i.id === "C1")).toMatchObject({ kind: "engine", live: "flagged" });
    expect(items.find((i) => i.id === "P7")).toMatchObject({ kind: "engine", live: "ok" });
    expect(items.find((i) => i.id === "P4")).toMatchObject({ kind: "both", live: "ok" });
    expect(await popup.page.$('[data-item="P0"] input[type="checkbox"]')).toBeNull();

    const before = await popup.page.$eval("[data-progress]", (el) => (el as HTMLElement).dataset.progress);
    // Keyboard: focus P8's checkbox and press Space.
    await popup.page.focus('[data-item="P8"] input[type="checkbox"]');
    await popup.page.keyboard.press("Space");
    await popup.page.click('[data-item="P4"] input[type="checkbox"]');
    await popup.page.waitForFunction((b: string) => document.querySelector<HTMLElement>("[data-progress]")?.dataset.progress !== b, { polling: 50 }, before!);
    const [doneBefore, total] = before!.split("/").map(Number);
    expect(await popup.page.$eval("[data-progress]", (el) => (el as HTMLElement).dataset.progress)).toBe(`${doneBefore + 2}/${total}`);
    expect(await axeBothThemes(popup.page)).toEqual([]);

    // Kept: a new popup shows the ticks.
    await waitInWorker(sw.worker, async () => {
      const stored = await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get("checklist");
      return (stored.checklist as { ticked: string[] }).ticked.length === 2;
    }, "two ticks stored");
    await popup.page.close();
    popup = await openPopup(tabId, '[data-state="findings"]');
    await popup.page.click("#tab-checklist");
    await popup.page.waitForSelector('[data-item="P8"] input:checked');
    await popup.page.click('[data-action="reset-checklist"]');
    await popup.page.waitForFunction(() => document.querySelectorAll("[data-item] input:checked").length === 0, { polling: 50 });
    expect(popup.errors).toEqual([]);
  });

  it("arrow keys move between the tabs", async () => {
    const harness = browser();
    await harness.open(URLS.orderDetails);
    const popup = await openPopup(await tabIdOf(), "[data-state]");
    await popup.page.focus("#tab-page");
    await popup.page.keyboard.press("ArrowRight");
    expect(await popup.page.evaluate(() => document.activeElement?.id)).toBe("tab-checklist");
    await popup.page.keyboard.press("ArrowRight");
    expect(await popup.page.evaluate(() => document.activeElement?.id)).toBe("tab-text");
    expect(await popup.page.$eval("#tab-text", (el) => el.getAttribute("aria-selected"))).toBe("true");
    await popup.page.keyboard.press("ArrowRight");
    expect(await popup.page.evaluate(() => document.activeElement?.id)).toBe("tab-page");
  });
});

describe("popup: Check text", () => {
  it("highlights pasted text live as text, never as markup; findings explained; copy applies the rewrites", async () => {
    const harness = browser();
    await harness.open(URLS.orderDetails);
    const popup = await openPopup(await tabIdOf(), "[data-state]");
    const p = popup.page;
    await p.click("#tab-text");
    const box = await p.waitForSelector("#popup-check-text");
    const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> ${TEXTS.withRewrite} <b>bold</b>`;
    await box!.focus();
    await p.evaluate((text) => navigator.clipboard.writeText(text), payload).catch(() => undefined);
    // Typed as one input event (as a paste is): the textarea's value is the payload.
    await p.keyboard.sendCharacter(payload);
    await p.waitForSelector("[data-highlighted] mark", { timeout: 10_000 });
    const view = await p.$eval("[data-highlighted]", (el) => ({ text: el.textContent, elements: [...el.querySelectorAll("*")].map((e) => e.localName) }));
    expect(view.text).toBe(payload);
    expect(new Set(view.elements)).toEqual(new Set(["mark"]));
    expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await p.$$("img, script:not([src])")).toHaveLength(0);

    const expected = checkText(payload, { channel: "message" });
    expect(await texts(p, '[data-part="excerpt"]')).toEqual(expected.map((f) => f.excerpt));

    // Insert channel: a phone request is allowed on an insert.
    await p.click('input[value="insert"]');
    await p.waitForFunction((n: number) => document.querySelectorAll('[data-part="excerpt"]').length === n, { polling: 50 }, checkText(payload, { channel: "insert" }).length);
    await p.click('input[value="message"]');
    await p.waitForSelector('[data-action="copy-rewritten"]');

    // Copy with rewrites: the clipboard holds the text with the suggestion in place.
    const context = harness.browser.defaultBrowserContext();
    await context.overridePermissions(p.url().split("/popup.html")[0], ["clipboard-read", "clipboard-write", "clipboard-sanitized-write"]).catch(() => undefined);
    await p.click('[data-action="copy-rewritten"]');
    await p.waitForFunction(() => document.querySelector("[data-status]")?.textContent?.startsWith("Copied"), { polling: 50 });
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    const f = expected.find((x) => x.suggestion !== undefined)!;
    expect(copied).toContain(f.suggestion);
    expect(copied).not.toContain(f.excerpt);

    // Apply one rewrite in place.
    await p.click('[data-action="apply"]');
    await p.waitForFunction((s: string) => (document.querySelector("#popup-check-text") as HTMLTextAreaElement).value.includes(s), { polling: 50 }, f.suggestion!);

    expect(await axeBothThemes(p)).toEqual([]);
    expect(popup.errors).toEqual([]);
    expect(popup.requests).toEqual([]);
  });
});

describe("popup bundle", () => {
  it("popup.js stays under its guard, minified with the engine (target 100 KB)", async () => {
    const { readFileSync } = await import("node:fs");
    const meta = JSON.parse(readFileSync("dist/meta/popup.json", "utf8")) as { outputs: Record<string, { bytes: number; inputs: Record<string, unknown> }> };
    const [out] = Object.values(meta.outputs);
    expect(Object.keys(out.inputs).some((p) => p.includes("node_modules/zod"))).toBe(false);
    expect(Object.keys(out.inputs).some((p) => p.endsWith(".examples.ts"))).toBe(false);
    expect(out.bytes).toBeLessThan(120_000);
  });
});
