// `npm run screenshots` (builds first; not part of npm test): the README's pictures, taken from
// the real extension (dist/chrome) in Chromium, on the Contact Buyer replica served at its
// real address (test/browser/fixture-server.mjs), and on the extension's own pages.
//   docs/inline-warning.png   a violating message underlined as it is typed, with the counter
//   docs/card.png             the explanation card of a hovered finding
//   docs/send-guard.png       Send held, with the violations left
//   docs/popup-this-page.png, docs/popup-checklist.png, docs/popup-check-text.png   the popup's tabs
//   docs/insert-editor.png    the insert editor with a packaging-insert text
// A page the build does not have yet is skipped with a message; the script fails only when a
// picture it could take did not come out.
// Usage: node scripts/screenshots.mjs [--only NAME,…]
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import { chromiumPath, extensionArgs, NO_CHROMIUM } from "../test/browser/chromium.mjs";
import { serveFixtures, URLS } from "../test/browser/fixture-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const extensionDir = join(root, "dist/chrome");
const docs = join(root, "docs");
const only = (() => {
  const i = process.argv.indexOf("--only");
  return i > 0 ? new Set(process.argv[i + 1].split(",")) : null;
})();

/** A violating Contact Buyer message: review gating, a 5-star request and an email address. */
const MESSAGE =
  "Hi Jordan, thanks for your order! If you love your new kettle, please leave us a 5-star review. " +
  "If anything is wrong, email us at help@kettleco.com first so we can fix it.";
/** Packaging-insert text: a gift card for a review and a 5-star request (websites are fine on inserts). */
const INSERT =
  "Thank you for choosing Kettle & Co!\n\n" +
  "Loved it? Leave us 5 stars on Amazon and we'll send you a $10 gift card.\n\n" +
  "Recipes and care tips: kettleco.com/care";
const POPUP_TEXT = "Please update your review once we have sent the replacement.";

const taken = [];
const skipped = [];
const failed = [];

function wanted(name) {
  return !only || only.has(name);
}

/** Runs one picture; a missing page is a skip, anything else a failure. */
async function shot(name, needs, take) {
  if (!wanted(name)) return;
  const missing = needs.filter((file) => !existsSync(join(extensionDir, file)));
  if (missing.length > 0) {
    skipped.push(`${name}: the build has no ${missing.join(", ")} yet`);
    return;
  }
  try {
    await take(join(docs, `${name}.png`));
    taken.push(`docs/${name}.png`);
  } catch (error) {
    failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The union of element boxes, padded, as a screenshot clip inside the viewport. */
function clipAround(boxes, viewport, pad = 24) {
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

async function box(page, selector) {
  const handle = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  const b = await handle.boundingBox();
  if (!b) throw new Error(`${selector} has no box`);
  return b;
}

async function waitForCount(page, count) {
  await page.waitForFunction(
    (n) => document.querySelector("outreach-guard")?.shadowRoot?.querySelector("[data-count]")?.textContent === String(n),
    { polling: "raf", timeout: 10_000 },
    count,
  );
}

/** Contact Buyer with MESSAGE typed: the page, its field, and the number of violations shown. */
async function contactBuyerWithMessage(browser) {
  const page = await browser.newPage();
  await serveFixtures(page, (url) => {
    throw new Error(`unexpected request ${url}`);
  });
  await page.goto(URLS.contactBuyer, { waitUntil: "load" });
  await page.click('kat-radiobutton[value="SHIPPING_INQUIRY"] >>> input');
  const field = await page.waitForSelector(".contact-buyer-text-area kat-textarea >>> textarea", { visible: true });
  await field.click();
  await page.keyboard.type(MESSAGE);
  await page.waitForSelector("outreach-guard >>> [data-finding]", { timeout: 15_000 });
  await page.waitForSelector("outreach-guard >>> [data-count]", { visible: true, timeout: 10_000 });
  const count = await page.$eval("outreach-guard >>> [data-count]", (el) => Number(el.textContent));
  await waitForCount(page, count);
  // The caret would blink in and out of the picture.
  await field.evaluate((el) => el.style.setProperty("caret-color", "transparent"));
  return { page, field };
}

async function main() {
  if (!existsSync(join(extensionDir, "manifest.json"))) throw new Error("No build in dist/chrome: run npm run build (npm run screenshots does)");
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(NO_CHROMIUM);
  await mkdir(docs, { recursive: true });
  const userDataDir = await mkdtemp(join(tmpdir(), "og-shots-"));
  const viewport = { width: 1280, height: 860, deviceScaleFactor: 2 };
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    defaultViewport: viewport,
    args: extensionArgs(extensionDir, ["--hide-scrollbars", "--font-render-hinting=none"]),
  });
  try {
    // The extension is installed when its service worker answers (see test/browser/harness.ts).
    const target = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith("chrome-extension://"), {
      timeout: 20_000,
    });
    const worker = await target.worker();
    const extensionId = new URL(target.url()).host;
    const deadline = Date.now() + 10_000;
    while ((await worker.evaluate("typeof chrome?.runtime?.id").catch(() => "undefined")) !== "string") {
      if (Date.now() > deadline) throw new Error("The extension's service worker never became ready");
      await new Promise((r) => setTimeout(r, 50));
    }
    const pageUrl = (file) => `chrome-extension://${extensionId}/${file}`;

    const { page } = await contactBuyerWithMessage(browser);
    const composer = await box(page, ".contact-buyer-text-area");

    await shot("inline-warning", ["content.js"], async (path) => {
      const count = await box(page, "outreach-guard >>> [data-count]");
      await page.screenshot({ path, clip: clipAround([composer, count], viewport) });
    });

    await shot("card", ["content.js"], async (path) => {
      // Rest the pointer on the 5-star request's underline.
      const findings = await page.$$("outreach-guard >>> [data-finding]");
      let target = findings[0];
      for (const f of findings) if ((await f.evaluate((el) => el.dataset.category)) === "positive-review-request") target = f;
      const b = await target.boundingBox();
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
      const card = await box(page, "outreach-guard >>> [data-card]");
      await page.screenshot({ path, clip: clipAround([composer, card], viewport) });
      await page.keyboard.press("Escape");
      await page.mouse.move(5, 5);
      await page.waitForFunction(() => document.querySelector("outreach-guard")?.shadowRoot?.querySelector("[data-card]")?.hidden !== false, {
        polling: "raf",
        timeout: 10_000,
      });
    });

    await shot("send-guard", ["content.js"], async (path) => {
      await (await page.waitForSelector("kat-button.ayb-contact-form-send-button >>> button", { visible: true })).click();
      await page.waitForSelector('outreach-guard >>> [data-card] [data-action="send-anyway"]', { visible: true, timeout: 10_000 });
      const card = await box(page, "outreach-guard >>> [data-card]");
      const send = await box(page, "kat-button.ayb-contact-form-send-button");
      await page.screenshot({ path, clip: clipAround([composer, card, send], viewport) });
    });

    // The popup as the toolbar shows it, opened in a tab for the Contact Buyer tab (?tabId=N).
    const tabId = await worker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      const key = Object.keys(all).find((k) => k.startsWith("tab:"));
      return key ? Number(key.slice(4)) : null;
    });
    const popupTabs = [
      ["popup-this-page", "#tab-page"],
      ["popup-checklist", "#tab-checklist"],
      ["popup-check-text", "#tab-text"],
    ];
    let popup;
    for (const [name, tab] of popupTabs) {
      await shot(name, ["popup.html", "popup.js"], async (path) => {
        if (tabId === null) throw new Error("the worker keeps no tab with findings");
        if (!popup) {
          popup = await browser.newPage();
          await popup.setViewport({ width: 420, height: 600, deviceScaleFactor: 2 });
          await popup.goto(`${pageUrl("popup.html")}?tabId=${tabId}`, { waitUntil: "load" });
        }
        await (await popup.waitForSelector(tab, { visible: true, timeout: 10_000 })).click();
        await popup.waitForSelector(`${tab}[aria-selected="true"]`, { timeout: 10_000 });
        if (tab === "#tab-text") {
          const text = await popup.waitForSelector('[role="tabpanel"] textarea', { visible: true, timeout: 10_000 });
          await text.click();
          await popup.keyboard.type(POPUP_TEXT);
          await popup.waitForSelector('[role="tabpanel"] mark', { visible: true, timeout: 10_000 });
          await text.evaluate((el) => el.style.setProperty("caret-color", "transparent"));
        }
        await settle(popup);
        await popup.screenshot({ path, fullPage: true });
      });
    }

    await shot("insert-editor", ["editor.html", "editor.js"], async (path) => {
      const editor = await browser.newPage();
      await editor.setViewport({ width: 1100, height: 760, deviceScaleFactor: 2 });
      await editor.goto(pageUrl("editor.html"), { waitUntil: "load" });
      const text = await editor.waitForSelector("textarea", { visible: true, timeout: 10_000 });
      const insert = await editor.$('input[type="radio"][value="insert"]');
      if (insert) await insert.click();
      await text.click();
      await text.evaluate((el) => el.select());
      await editor.keyboard.type(INSERT);
      await editor.waitForSelector("mark", { visible: true, timeout: 10_000 });
      await text.evaluate((el) => el.style.setProperty("caret-color", "transparent"));
      await settle(editor);
      await editor.screenshot({ path, fullPage: true });
    });
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** Two rendered frames: whatever the last input changed is painted. */
function settle(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

try {
  await main();
} catch (error) {
  failed.push(error instanceof Error ? error.message : String(error));
}
for (const t of taken) console.log(`wrote ${t}`);
for (const s of skipped) console.log(`skipped ${s}`);
for (const f of failed) console.error(`FAILED ${f}`);
process.exit(failed.length > 0 ? 1 : 0);
