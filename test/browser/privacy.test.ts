/**
 * Privacy, over a full flow (a violation typed on Contact Buyer, one ignored, the popup, the
 * options page turning a category off, the insert editor saving a draft):
 * - no network request from the page, the service worker or any extension page;
 * - storage holds only what README "Privacy" lists: storage.local settings, checklist ticks,
 *   drafts and user-added sites; storage.session the tab records (findings with short excerpts,
 *   ignore hashes), notices, the compiled rule catalog and one-time checker texts. No seller text
 *   anywhere but drafts and the tab's excerpts; nothing in the page's own storage, no cookie, no
 *   Cache Storage or IndexedDB of the extension.
 * And the shipped manifest: a strict extension-page CSP, least privilege, every permission
 * explained in the README.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resetSettings, type ServiceWorker, serviceWorker, waitForTab, type WorkerChrome } from "./extension.ts";
import { EXTENSION_DIR, field, typeInto, URLS, useBrowser, waitForFindings } from "./harness.ts";
import { closeExtensionPages, EXTENSION_ORIGIN, openExtensionPage } from "./pages.ts";
import { TEXTS } from "./suite.ts";

const browser = useBrowser();
let sw: ServiceWorker;
const FIELD = ".contact-buyer-text-area kat-textarea >>> textarea";
const DRAFT = "Thank you for your order! Enjoy your new kettle.";

beforeAll(async () => {
  sw = await serviceWorker(browser());
  await resetSettings(sw.worker);
});

describe("privacy over a full flow", () => {
  it("no network request from the page, the worker or the extension pages; storage holds only what the README lists", async () => {
    const harness = browser();
    // Every request of every extension page, its own files included, to prove they are all its own.
    const extensionRequests: string[] = [];
    const watchAll = (page: import("puppeteer-core").Page) => page.on("request", (r) => extensionRequests.push(r.url()));

    const page = await harness.open(URLS.contactBuyer);
    await typeInto(page, await field(page, FIELD), TEXTS.two);
    await waitForFindings(page, 2);
    // Ignore the first finding: the worker keeps a hash of it.
    const [box] = await page.$$("outreach-guard >>> [data-finding]");
    await box.focus();
    const ignore = await page.waitForSelector('outreach-guard >>> [data-card] [data-action="ignore"]', { visible: true });
    await ignore!.click();
    await waitForFindings(page, 1);
    const tab = await waitForTab(sw.worker, (t) => t.ignored.length === 1 && t.badge === "1", "one ignored, one left");

    const popup = await openExtensionPage(harness, `popup.html?tabId=${tab.tabId}`, '[data-state="findings"]');
    watchAll(popup.page);
    const options = await openExtensionPage(harness, "options.html", '[data-category="marketing"]');
    watchAll(options.page);
    await options.page.click('[data-category="marketing"]');
    await options.page.waitForFunction(() => (document.querySelector("[data-status]")?.textContent ?? "") !== "", { polling: 50 });
    const editor = await openExtensionPage(harness, "editor.html", "#editor-text");
    watchAll(editor.page);
    await editor.page.focus("#editor-text");
    await editor.page.keyboard.sendCharacter(DRAFT);
    await editor.page.waitForFunction(() => document.querySelector("[data-saved]")?.textContent === "Saved", { polling: 50 });
    // Reloads fetch every file of the pages again, now watched from the start.
    for (const p of [popup.page, options.page, editor.page]) await p.reload({ waitUntil: "load" });

    const stored = await sw.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: WorkerChrome & { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      return {
        local: await api.storage.local.get(null),
        session: await api.storage.session.get(null),
        sync: await api.storage.sync.get(null),
        caches: await caches.keys(),
        databases: (await indexedDB.databases()).map((d) => d.name),
      };
    });
    const extensionPageStorage = await editor.page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    const pageStorage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));

    // No request left the browser.
    expect(harness.foreignRequests).toEqual([]);
    expect(sw.requests).toEqual([]);
    for (const p of [popup, options, editor]) {
      expect(p.requests).toEqual([]);
      expect(p.errors).toEqual([]);
    }
    expect(extensionRequests.length).toBeGreaterThan(0);
    expect(extensionRequests.filter((u) => !u.startsWith(`${EXTENSION_ORIGIN}/`))).toEqual([]);
    expect(harness.pageErrors).toEqual([]);

    // storage.local: the seller's settings, ticks, drafts and sites; nothing else.
    expect(Object.keys(stored.local).every((k) => ["settings", "checklist", "drafts", "sites"].includes(k))).toBe(true);
    expect(stored.local.settings).toEqual({ schemaVersion: 1, enabled: true, disabledCategories: ["marketing"] });
    expect(JSON.stringify(stored.local.drafts)).toContain(DRAFT);
    // The typed message is nowhere in storage.local (drafts hold only what the editor saved).
    const local = JSON.stringify(stored.local);
    for (const words of ["help@kettleco.com", "remove your review"]) expect(local).not.toContain(words);

    // storage.session: tab records, notices, the compiled catalog, checker texts waiting for their page.
    for (const key of Object.keys(stored.session)) expect(key).toMatch(/^(tab:\d+|notices|catalog:[a-z]{2}|checker:[\w-]+)$/);
    const record = stored.session[`tab:${tab.tabId}`] as { frames: Record<string, Array<Record<string, unknown>>>; ignored: string[] };
    expect(record.ignored.every((h) => /^[0-9a-f]{16}$/.test(h))).toBe(true);
    for (const list of Object.values(record.frames)) {
      for (const f of list) {
        expect(Object.keys(f).sort()).toEqual(["category", "end", "excerpt", "ruleId", "severity", "start"]);
        expect(TEXTS.two.slice(f.start as number, f.end as number)).toBe(f.excerpt);
        expect((f.excerpt as string).length).toBeLessThanOrEqual(160);
      }
    }
    // The whole text typed is not kept, only the excerpts.
    expect(JSON.stringify(stored.session)).not.toContain(TEXTS.two);

    // No other storage: none in sync, no Cache Storage, no IndexedDB, no web storage or cookie
    // in the extension's pages, and nothing in the page's own storage.
    expect(stored.sync).toEqual({});
    expect(stored.caches).toEqual([]);
    expect(stored.databases).toEqual([]);
    expect(extensionPageStorage).toEqual({ local: 0, session: 0, cookie: "" });
    expect(pageStorage).toEqual({ local: 0, session: 0, cookie: "" });
    await closeExtensionPages();
  });
});

describe("the shipped manifest", () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8")) as {
    permissions?: string[];
    optional_permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_security_policy?: { extension_pages?: string; sandbox?: string };
    web_accessible_resources?: unknown[];
    externally_connectable?: unknown;
    content_scripts?: Array<{ matches: string[]; js: string[] }>;
  };

  it("extension pages have a strict CSP: scripts only from the extension, no eval, no remote code, no plugins", () => {
    const csp = manifest.content_security_policy?.extension_pages ?? "";
    const directives = new Map(
      csp
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    // Nothing anywhere in the policy opens a door: no unsafe-*, no remote or wildcard source.
    expect(csp).not.toMatch(/unsafe-|https?:|\*|data:|blob:/);
    // Pages make no connection at all, and cannot be framed by others.
    if (directives.has("connect-src")) expect(directives.get("connect-src")).toEqual(["'none'"]);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
  });

  it("asks only for what the code uses, and the README explains each permission", () => {
    const readme = readFileSync(join(EXTENSION_DIR, "../../README.md"), "utf8");
    // Host permissions are the content script's own hosts (checked below), explained in one row.
    const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.host_permissions?.length ? ["host_permissions"] : []), ...(manifest.optional_host_permissions ?? [])];
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked) {
      // A row of the README's permission table, `| … \`permission\` … | why |`, with an explanation.
      const row = readme.split("\n").find((line) => line.startsWith("|") && (line.split("|")[1] ?? "").includes(`\`${permission}\``));
      expect(row, `the README's permission table explains ${permission}`).toBeDefined();
      expect(row!.split("|")[2]?.trim().length ?? 0).toBeGreaterThan(20);
    }
    // The README's Privacy section says what is stored and that nothing is sent.
    const privacy = readme.slice(readme.indexOf("\n## Privacy"), readme.indexOf("\n## ", readme.indexOf("\n## Privacy") + 1));
    for (const term of ["storage.local", "storage.session", "settings", "drafts", "checklist", "sites", "catalog:", "request"]) expect(privacy).toContain(term);
    // Least privilege: no blanket host access, no tabs, history, cookies, webRequest or the like.
    // Host access is exactly the hosts the content script runs on, which the browser warns of at
    // install anyway: the worker injects the rest of the content script there (content/boot.ts).
    expect(manifest.host_permissions).toEqual(manifest.content_scripts?.[0]?.matches);
    for (const risky of ["tabs", "history", "cookies", "webRequest", "webRequestBlocking", "declarativeNetRequest", "downloads", "clipboardRead", "nativeMessaging", "debugger", "management", "<all_urls>"]) {
      expect(manifest.permissions ?? []).not.toContain(risky);
    }
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    // The browser injects only the content script's boot with the page; the worker injects the rest.
    expect((manifest.content_scripts ?? []).map((s) => s.js)).toEqual([["content.js"]]);
    // The content script runs on Seller Central only.
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(match).toMatch(/^https:\/\/sellercentral(-[a-z]+)?\.amazon\.[a-z.]+\/\*$/);
    }
    // Every permission asked for is used by the shipped code.
    const code = ["background.js", "popup.js", "options.js", "editor.js", "checker.js"].map((f) => readFileSync(join(EXTENSION_DIR, f), "utf8")).join("\n");
    const uses: Record<string, RegExp> = { storage: /\.storage\.(local|session)/, contextMenus: /\.contextMenus\./, scripting: /\.scripting\./, activeTab: /executeScript/ };
    for (const permission of manifest.permissions ?? []) {
      expect(uses[permission], `a use of ${permission} to look for`).toBeDefined();
      expect(code).toMatch(uses[permission]);
    }
  });
});
