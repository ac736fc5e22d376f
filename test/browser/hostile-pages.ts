/**
 * Hostile and awkward pages (test/fixtures/hostile-NAME.html), served at
 * https://sellercentral.amazon.com/messaging/hostile/NAME, so the manifest's own matches run the
 * content script on them. Like the harness: every other request that is not a fixture is aborted
 * and recorded in the harness's foreignRequests, page errors and console errors go to its
 * pageErrors, and open() returns once the content script's world exists in the page.
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer-core";
import { afterEach } from "vitest";
import { fixtureFor, ORIGIN } from "./fixture-server.mjs";
import type { Harness } from "./harness.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

export const hostileUrl = (name: string, query = "") => `${ORIGIN}/messaging/hostile/${name}${query}`;

/** Response headers per fixture (a strict CSP, say). */
const HEADERS: Record<string, Record<string, string>> = {
  csp: {
    // Stricter than Seller Central's: nothing but the page's own nonce-bearing script; no style
    // at all, inline or not; Trusted Types required for every HTML sink.
    "content-security-policy":
      "default-src 'none'; script-src 'nonce-h0st1le'; style-src 'none'; img-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
  },
};

const pages = new Set<Page>();

/** Closes the pages opened with openHostile after each test (the harness closes only its own). */
export function closeHostilePagesAfterEach(): void {
  afterEach(async () => {
    await Promise.all([...pages].map((p) => p.close().catch(() => {})));
    pages.clear();
  });
}

/** Opens the hostile fixture `name` and waits for the content script's isolated world in its main frame. */
export async function openHostile(harness: Harness, name: string, query = ""): Promise<Page> {
  const page = await harness.browser.newPage();
  pages.add(page);
  page.on("pageerror", (error) => harness.pageErrors.push(`pageerror on ${page.url()}: ${String(error)}`));
  page.on("console", (message) => {
    if (message.type() === "error") harness.pageErrors.push(`console error on ${page.url()}: ${message.text()}`);
  });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return void request.continue().catch(() => {});
    const path = new URL(url).pathname;
    const match = url.startsWith(`${ORIGIN}/messaging/hostile/`) ? /^\/messaging\/hostile\/([a-z0-9-]+)$/.exec(path) : null;
    if (match) {
      void readFile(join(root, `test/fixtures/hostile-${match[1]}.html`), "utf8").then(
        (body) => request.respond({ status: 200, contentType: "text/html; charset=utf-8", body, headers: { "cache-control": "no-store", ...(HEADERS[match[1]] ?? {}) } }),
        () => {
          harness.foreignRequests.push(url);
          return request.abort("blockedbyclient");
        },
      ).catch(() => {});
      return;
    }
    // Navigation inside the app (pushState) makes no request; anything else is a fixture or foreign.
    void fixtureFor(url).then((fixture) => {
      if (fixture) return request.respond({ status: fixture.status, contentType: fixture.contentType, body: fixture.body, headers: fixture.headers });
      harness.foreignRequests.push(url);
      return request.abort("blockedbyclient");
    }).catch(() => {});
  });
  const session = await page.createCDPSession();
  let started = false;
  let wake: () => void = () => {};
  session.on("Runtime.executionContextCreated", ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean; frameId?: string } | undefined;
    if (context.origin.startsWith("chrome-extension://") && aux?.type === "isolated") {
      started = true;
      wake();
    }
  });
  await session.send("Runtime.enable");
  await page.goto(hostileUrl(name, query), { waitUntil: "load" });
  if (!started) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The content script never started on ${name}`)), 15_000);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
  await session.detach().catch(() => {});
  return page;
}

/**
 * Runs `fn(...args)` in an isolated world of the test's own in the page's main frame: the page's
 * patches to DOM prototypes and globals do not reach it. Arguments and result go as JSON.
 */
export async function inOwnWorld<A extends unknown[], R>(page: Page, fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
  const session = await page.createCDPSession();
  try {
    const { frameTree } = await session.send("Page.getFrameTree");
    const { executionContextId } = await session.send("Page.createIsolatedWorld", { frameId: frameTree.frame.id, worldName: "og-test" });
    const result = await session.send("Runtime.evaluate", {
      expression: `(${fn.toString()})(...${JSON.stringify(args)})`,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(`In the test's world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value as R;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** How many elements match `selector` inside the overlay's shadow root (read in the test's own world, safe from page overrides). */
export async function overlayCount(page: Page, selector: string): Promise<number> {
  return inOwnWorld(page, (s: string) => {
    let n = 0;
    for (const host of document.querySelectorAll("outreach-guard")) n += host.shadowRoot?.querySelectorAll(s).length ?? 0;
    return n;
  }, selector);
}

/** Waits (animation-frame polling, in puppeteer's own world) until `accept(count)` holds for the overlay's `selector`. */
export async function waitForOverlayCount(page: Page, selector: string, accept: (n: number) => boolean, what: string, timeout = 15_000): Promise<number> {
  const deadline = Date.now() + timeout;
  let n = -1;
  while (Date.now() < deadline) {
    n = await overlayCount(page, selector);
    if (accept(n)) return n;
    await inOwnWorld(page, () => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  throw new Error(`Timed out waiting for ${what}: ${selector} counts ${n}`);
}

/** Counts animation frames the page renders while `during` runs: the page is responsive if it keeps rendering. */
export async function framesRendered(page: Page, frames: number): Promise<{ frames: number; longestGapMs: number }> {
  return inOwnWorld(
    page,
    (n: number) =>
      new Promise<{ frames: number; longestGapMs: number }>((resolve) => {
        let count = 0;
        let last = performance.now();
        let longest = 0;
        const step = (t: number) => {
          longest = Math.max(longest, t - last);
          last = t;
          if (++count >= n) resolve({ frames: count, longestGapMs: longest });
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    frames,
  );
}
