/**
 * The seller's settings and drafts survive a browser restart (the same profile, relaunched), and
 * records of the previous schema version (v0, src/background/migrations.ts) left in a profile
 * load in the current one: the worker migrates them when it starts, the options page, the editor
 * and the content script read them as the seller left them.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type WebWorker } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText } from "../../src/rules/index.ts";
import type { WorkerChrome } from "./extension.ts";
import { serveFixtures } from "./fixture-server.mjs";
import { EXTENSION_DIR, findChromium, type Harness, URLS, waitForFindings } from "./harness.ts";
import { openExtensionPage } from "./pages.ts";
import { TEXTS } from "./suite.ts";

const DRAFT = "Thank you for choosing our kettle!\nWe hope it makes many good cups of tea.";
let profile: string;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), "og-restart-"));
});
afterAll(async () => {
  await rm(profile, { recursive: true, force: true });
});

/** Chromium with the extension on the test's one profile directory; its worker ready. */
async function start(): Promise<{ browser: Browser; worker: WebWorker; harness: Harness }> {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    defaultViewport: { width: 1280, height: 900 },
  });
  const target = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"), { timeout: 20_000 });
  const worker = (await target.worker())!;
  for (const deadline = Date.now() + 10_000; (await worker.evaluate("typeof chrome?.runtime?.id").catch(() => "")) !== "string"; ) {
    if (Date.now() > deadline) throw new Error("The service worker never became ready");
    await new Promise((r) => setTimeout(r, 50));
  }
  // Enough of a Harness for openExtensionPage.
  const harness = { browser } as Harness;
  return { browser, worker, harness };
}

const local = (worker: WebWorker) => worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get(null));

/** Polls the worker's storage.local until `accept` holds (the worker migrates at start, asynchronously). */
async function waitForLocal(worker: WebWorker, accept: (stored: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  let stored: Record<string, unknown> = {};
  while (Date.now() < deadline) {
    stored = await local(worker);
    if (accept(stored)) return stored;
    await worker.evaluate(() => new Promise((r) => setTimeout(r, 25)));
  }
  throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(stored)}`);
}

describe("storage across a browser restart", () => {
  it("settings and drafts saved in the extension's pages are there after a restart", async () => {
    let { browser, harness } = await start();
    const options = await openExtensionPage(harness, "options.html", '[data-category="marketing"]');
    await options.page.click('[data-category="marketing"]');
    await options.page.waitForFunction(() => (document.querySelector("[data-status]")?.textContent ?? "") !== "", { polling: 50 });
    const editor = await openExtensionPage(harness, "editor.html", "#editor-text");
    await editor.page.type("#draft-name", "Kettle card");
    await editor.page.focus("#editor-text");
    await editor.page.keyboard.sendCharacter(DRAFT);
    await editor.page.waitForFunction(() => document.querySelector("[data-saved]")?.textContent === "Saved", { polling: 50 });
    expect([...options.errors, ...editor.errors, ...options.requests, ...editor.requests]).toEqual([]);
    await browser.close();

    let worker: WebWorker;
    ({ browser, worker, harness } = await start());
    try {
      const stored = await local(worker);
      expect(stored.settings).toEqual({ schemaVersion: 1, enabled: true, disabledCategories: ["marketing"] });
      expect(stored.drafts).toMatchObject({ schemaVersion: 1, drafts: [{ name: "Kettle card", text: DRAFT, channel: "insert" }] });
      const reopened = await openExtensionPage(harness, "editor.html", ".draft-link");
      expect(await reopened.page.$$eval(".draft-link", (els) => els.map((e) => e.textContent?.trim()))).toEqual(["Kettle card"]);
      expect(await reopened.page.$eval("#editor-text", (el) => (el as HTMLTextAreaElement).value)).toBe(DRAFT);
      const settings = await openExtensionPage(harness, "options.html", '[data-category="marketing"]');
      expect(await settings.page.$eval('[data-category="marketing"]', (el) => (el as HTMLInputElement).checked)).toBe(false);
      expect([...reopened.errors, ...settings.errors]).toEqual([]);

      // Leave records of the previous schema version (v0) in the profile for the next start.
      await worker.evaluate(async (text: string) => {
        await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({
          settings: { enabled: true, disabledCategories: ["off-amazon-contact"] },
          drafts: [{ id: "v0-draft", text }],
        });
      }, DRAFT);
    } finally {
      await browser.close();
    }
  });

  it("records of the previous schema version load after a restart: migrated by the worker, read by the pages and the content script", async () => {
    const { browser, worker, harness } = await start();
    try {
      const stored = await waitForLocal(worker, (s) => !Array.isArray(s.drafts), "the v0 records migrated");
      expect(stored.settings).toEqual({ schemaVersion: 1, enabled: true, disabledCategories: ["off-amazon-contact"] });
      expect(stored.drafts).toEqual({ schemaVersion: 1, drafts: [{ id: "v0-draft", name: "", text: DRAFT, channel: "insert", updated: 0 }] });

      const editor = await openExtensionPage(harness, "editor.html", ".draft-link");
      expect(await editor.page.$eval("#editor-text", (el) => (el as HTMLTextAreaElement).value)).toBe(DRAFT);
      const options = await openExtensionPage(harness, "options.html", '[data-category="off-amazon-contact"]');
      expect(await options.page.$eval('[data-category="off-amazon-contact"]', (el) => (el as HTMLInputElement).checked)).toBe(false);
      expect(await options.page.$('[data-notice="corrupt"]')).toBeNull();

      // The content script checks with them: the email address is not flagged, the review request is.
      const page = await browser.newPage();
      const foreign: string[] = [];
      await serveFixtures(page, (u) => foreign.push(u));
      await page.goto(URLS.contactBuyer, { waitUntil: "load" });
      const field = await page.waitForSelector(".contact-buyer-text-area kat-textarea >>> textarea");
      await field!.focus();
      await page.keyboard.type(TEXTS.two);
      const expected = checkText(TEXTS.two, { channel: "message" }).filter((f) => f.category !== "off-amazon-contact");
      expect(expected.length).toBeGreaterThan(0);
      const shown = await waitForFindings(page, expected.length);
      expect(shown.map((f) => f.category)).toEqual(expected.map((f) => f.category));
      expect([...editor.errors, ...options.errors, ...foreign]).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
