/**
 * Firefox launcher for the browser tests: Debian's firefox-esr driven by puppeteer-core over
 * WebDriver BiDi, with the production Firefox build (dist/firefox) installed as a temporary
 * add-on. It returns the same `Harness` as Chromium's launcher (harness.ts), so the shared
 * suites (suite.ts) and the harness's helpers run unchanged where the API allows.
 *
 * What differs, and why (the README's "What cannot run in Firefox" lists the consequences):
 * - Request interception works over BiDi (network.addIntercept / provideResponse): fixtures are
 *   served at real Seller Central addresses, so the manifest's match patterns decide, as in Chromium.
 * - Firefox applies the page's CSP to puppeteer's `waitForFunction` (it builds its predicate with
 *   `Function()` in the page; Chromium exempts DevTools code). The strict CSP of the Contact
 *   Buyer replica gets `'unsafe-eval'` in script-src here, and nothing else: inline styles and
 *   scripts stay forbidden, and every CSP violation is reported as a console error by a
 *   `securitypolicyviolation` listener, so the tests' "no console error" still catches them.
 * - BiDi shows no content-script world (Chromium's CDP reports the isolated world of each frame).
 *   `open` therefore waits for each frame's load and an idle callback after it, the moment
 *   Firefox injects `document_idle` scripts; a test that proves an absence must first prove the
 *   script is running on the same page (a presence signal).
 * - Extensions run in every BiDi user context, so the control page ("the page without us")
 *   is opened in a second Firefox, without the add-on, started on first use.
 * - Firefox MV3 has no extension service worker and BiDi offers no target in the background
 *   page: its effects are tested from the pages instead.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer, { type Browser, type Frame, type Page } from "puppeteer-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { GECKO_ID } from "../../scripts/manifest-patches.mjs";
import { fixtureFor } from "./fixture-server.mjs";
import type { Harness } from "./harness.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const FIREFOX_EXTENSION_DIR = join(root, "dist/firefox");

/** The add-on's moz-extension:// host, pinned by a preference so extension pages have a fixed address. */
export const FIREFOX_EXTENSION_UUID = "5b0e9c2a-6f1d-4c3e-8a7b-0d9e8f7a6b5c";
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

const FIREFOX_PATHS = [
  "/usr/bin/firefox-esr", // Debian's
  "/usr/bin/firefox",
  "/usr/lib/firefox-esr/firefox-esr",
  "/usr/lib/firefox/firefox",
  "/Applications/Firefox.app/Contents/MacOS/firefox",
];

/** The Firefox to run: $OG_FIREFOX_PATH, else a system Firefox. */
export function findFirefox(): string {
  const fromEnv = process.env.OG_FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = FIREFOX_PATHS.find((p) => existsSync(p));
  if (!found) throw new Error("No Firefox found: set OG_FIREFOX_PATH or apt-get install -y firefox-esr");
  return found;
}

async function startFirefox(withExtension: boolean): Promise<{ browser: Browser; userDataDir: string }> {
  const userDataDir = await mkdtemp(join(tmpdir(), "og-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: findFirefox(),
    headless: true,
    userDataDir,
    // Needed to open moz-extension:// pages over BiDi.
    args: ["--remote-allow-system-access"],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  if (withExtension) {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`Firefox installed the add-on as ${id}, expected ${GECKO_ID}`);
  }
  return { browser, userDataDir };
}

/**
 * Waits until every frame of the page has loaded and run an idle callback: Firefox injects
 * `document_idle` content scripts once a document is complete, before its idle callbacks.
 */
async function waitForIdleFrames(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const frames = page.frames();
    const ready = await Promise.all(frames.map((frame) => frameIdle(frame).catch(() => false)));
    if (ready.filter(Boolean).length >= count) return;
    if (Date.now() > deadline) throw new Error(`${ready.filter(Boolean).length} of ${count} frame(s) of ${page.url()} became idle`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function frameIdle(frame: Frame): Promise<boolean> {
  return frame.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const idle = () => requestIdleCallback(() => resolve(true), { timeout: 1_000 });
        if (document.readyState === "complete") idle();
        else addEventListener("load", idle, { once: true });
      }),
  );
}

/**
 * Answers the page's requests with the fixtures (fixture-server.mjs), with the CSP change
 * described above; aborts every other request and hands it to `onForeign`.
 */
async function serveFixturesToFirefox(page: Page, onForeign: (url: string) => void): Promise<void> {
  // Runs before the page's own scripts in every document: CSP violations become console errors.
  await page.evaluateOnNewDocument(() => {
    addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) {
      void request.continue().catch(() => {});
      return;
    }
    fixtureFor(url)
      .then(
        (fixture) => {
          if (!fixture) {
            onForeign(url);
            return request.abort("blockedbyclient");
          }
          const headers = { ...fixture.headers };
          const csp = headers["content-security-policy"];
          if (csp) headers["content-security-policy"] = csp.replace("script-src ", "script-src 'unsafe-eval' ");
          return request.respond({ status: fixture.status, contentType: fixture.contentType, body: fixture.body, headers });
        },
        () => request.abort("failed"),
      )
      .catch(() => {});
  });
}

/** Launches Firefox with the Firefox build of the extension installed as a temporary add-on. */
export async function launchFirefox(): Promise<Harness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, "manifest.json"))) {
    throw new Error(`No build at ${FIREFOX_EXTENSION_DIR}: run node scripts/build.mjs first`);
  }
  const { browser, userDataDir } = await startFirefox(true);
  let control: { browser: Browser; userDataDir: string } | undefined;

  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const ourPages = new Set<Page>();

  async function open(url: string, { frames = 1 } = {}): Promise<Page> {
    const page = await browser.newPage();
    ourPages.add(page);
    page.on("pageerror", (error) => pageErrors.push(`pageerror on ${page.url()}: ${String(error)}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`console error on ${page.url()}: ${message.text()}`);
    });
    await serveFixturesToFirefox(page, (u) => foreignRequests.push(u));
    await page.goto(url, { waitUntil: "load" });
    await waitForIdleFrames(page, frames);
    return page;
  }

  async function openControl(url: string): Promise<Page> {
    control ??= await startFirefox(false);
    const page = await control.browser.newPage();
    ourPages.add(page);
    page.on("pageerror", (error) => pageErrors.push(`pageerror on control ${page.url()}: ${String(error)}`));
    await serveFixturesToFirefox(page, (u) => foreignRequests.push(`control: ${u}`));
    await page.goto(url, { waitUntil: "load" });
    return page;
  }

  return {
    browser,
    foreignRequests,
    pageErrors,
    open,
    openControl,
    async reset() {
      await Promise.all([...ourPages].map((p) => p.close().catch(() => {})));
      ourPages.clear();
      foreignRequests.length = 0;
      pageErrors.length = 0;
    },
    async close() {
      for (const started of [control, { browser, userDataDir }]) {
        if (!started) continue;
        await started.browser.close().catch(() => {});
        await rm(started.userDataDir, { recursive: true, force: true });
      }
    },
  };
}

/** One Firefox for the test file, as `useBrowser` does for Chromium. */
export function useFirefox(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launchFirefox();
  });
  afterEach(async () => {
    await harness?.reset();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error("Firefox did not start");
    return harness;
  };
}

/** The built Firefox manifest, for tests of what Firefox is given. */
export function firefoxManifest(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, "manifest.json"), "utf8")) as Record<string, unknown>;
}
