// Serves the fixture pages at real Seller Central addresses through puppeteer's request
// interception, so the production build with its real match patterns runs on them.
// Every other request is aborted and reported: the extension itself must make none.
// Plain JavaScript so `npm start` (scripts/start.mjs) runs it with node as it is.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

export const ORIGIN = "https://sellercentral.amazon.com";
export const ORDER_ID = "111-1234567-1234567";

/** The pages, at the addresses Seller Central uses for them. */
export const URLS = {
  contactBuyer: `${ORIGIN}/messaging/contact?orderID=${ORDER_ID}&marketplaceID=ATVPDKIKX0DER`,
  inbox: `${ORIGIN}/messaging/inbox?fi=RESPONSE_NEEDED`,
  templates: `${ORIGIN}/messaging/templates/edit?templateId=tmpl-4711`,
  thread: `${ORIGIN}/messaging/thread?ct=THREAD-88231`,
  reply: `${ORIGIN}/messaging/reply?ct=THREAD-55102&marketplaceID=ATVPDKIKX0DER`,
  quickReply: `${ORIGIN}/messaging/quick-reply?ct=THREAD-90017`,
  orderDetails: `${ORIGIN}/orders-v3/order/${ORDER_ID}`,
};

const HTML = "text/html; charset=utf-8";
const JS = "text/javascript; charset=utf-8";

// A strict policy like Seller Central's: no inline style, scripts only from the page itself
// or with the page's nonce. An extension that injects <style> shows up as a console error.
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'nonce-sc7Fh2'; style-src 'self' 'nonce-sc7Fh2'; img-src 'self' data:; connect-src 'self'; frame-src 'self'";

/**
 * Routes by path: a path maps to a fixture file (query strings are the page's own business).
 * @type {Record<string, { file: string; type: string; headers?: Record<string, string> }>}
 */
const ROUTES = {
  "/messaging/contact": { file: "test/fixtures/contact-buyer.html", type: HTML, headers: { "content-security-policy": STRICT_CSP } },
  "/messaging/inbox": { file: "test/fixtures/inbox.html", type: HTML },
  "/messaging/templates/edit": { file: "test/fixtures/templates.html", type: HTML },
  "/messaging/thread": { file: "test/fixtures/thread.html", type: HTML },
  "/messaging/thread/compose": { file: "test/fixtures/thread-compose.html", type: HTML },
  "/messaging/reply": { file: "test/fixtures/reply-preact.html", type: HTML },
  "/messaging/quick-reply": { file: "test/fixtures/quick-reply.html", type: HTML },
  [`/orders-v3/order/${ORDER_ID}`]: { file: "test/fixtures/order-details.html", type: HTML },
  "/katal/katal-lite.js": { file: "test/fixtures/katal-lite.js", type: JS },
  "/static/preact.module.js": { file: "node_modules/preact/dist/preact.mjs", type: JS },
};

/**
 * The fixture answering `url`, or undefined when the url is not one of ours.
 * @param {string} url
 * @returns {Promise<{ status: number; contentType: string; body: string; headers: Record<string, string> } | undefined>}
 */
export async function fixtureFor(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.origin !== ORIGIN) return undefined;
  if (parsed.pathname === "/favicon.ico") return { status: 204, contentType: "image/x-icon", body: "", headers: {} };
  const route = ROUTES[parsed.pathname];
  if (!route) return undefined;
  const body = await readFile(join(root, route.file), "utf8");
  return { status: 200, contentType: route.type, body, headers: { "cache-control": "no-store", ...(route.headers ?? {}) } };
}

/**
 * Answers the page's requests with fixtures; aborts every other request and hands it to
 * `onForeign` (the tests assert there are none).
 * @param {import("puppeteer-core").Page} page
 * @param {(url: string) => void} [onForeign]
 */
export async function serveFixtures(page, onForeign = () => {}) {
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    // data: and blob: urls never reach the network.
    if (url.startsWith("data:") || url.startsWith("blob:")) {
      void request.continue().catch(() => {});
      return;
    }
    fixtureFor(url).then(
      (fixture) => {
        if (fixture) {
          return request.respond({ status: fixture.status, contentType: fixture.contentType, body: fixture.body, headers: fixture.headers });
        }
        onForeign(url);
        return request.abort("blockedbyclient");
      },
      () => request.abort("failed"),
    ).catch(() => {});
  });
}
