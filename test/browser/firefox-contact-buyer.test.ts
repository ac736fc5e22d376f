/**
 * Firefox (firefox-esr over WebDriver BiDi, the dist/firefox build): the add-on installs as
 * built, and on the Contact Buyer replica, served at its real address, the shared field suite,
 * the notes, the card, the send guard and the idle order page behave as in Chromium.
 * What cannot run here is listed in the README ("What cannot run in Firefox").
 */
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { GECKO_ID } from "../../scripts/manifest-patches.mjs";
import { detectLanguage } from "../../src/rules/index.ts";
import { firefoxManifest, useFirefox } from "./firefox.ts";
import { field, fieldText, findings, hoverFinding, readCard, settle, typeInto, URLS, waitForFindings, waitForOverlay } from "./harness.ts";
import { describeFieldSuite, openTarget, TEXTS } from "./suite.ts";
import { CONTACT_BUYER_FIELD, contactBuyer } from "./targets.ts";

const SEND = "kat-button.ayb-contact-form-send-button >>> button";
const REVIEW_DIALOG = 'div[role=dialog][aria-label="Review message"]';

const browser = useFirefox();

describe("Firefox: the build", () => {
  it("dist/firefox has an event page, the gecko id, Firefox 140 and no data collection; no Chrome key", () => {
    const manifest = firefoxManifest();
    expect(manifest.background).toEqual({ scripts: ["background.js"], type: "module" });
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: GECKO_ID, strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
    });
    expect(manifest).not.toHaveProperty("key");
    expect(manifest).not.toHaveProperty("minimum_chrome_version");
  });

  it("installs as a temporary add-on with its gecko id (launchFirefox checks the id)", () => {
    expect(browser().browser.connected).toBe(true);
  });

  it("the replica's CSP still forbids inline styles, and a violation is reported as a page error", async () => {
    const harness = browser();
    const page = await harness.open(URLS.contactBuyer);
    // What an extension injecting a <style> into the page would do.
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "p { color: red }";
      document.head.append(style);
    });
    const deadline = Date.now() + 5_000;
    while (!harness.pageErrors.some((e) => e.includes("CSP violation: style-src")) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(harness.pageErrors.join("\n")).toContain("CSP violation: style-src");
  });
});

describeFieldSuite("Firefox: Contact Buyer (kat-textarea in a shadow root, strict CSP)", contactBuyer, browser);

describe("Firefox: Contact Buyer notes and the send guard", () => {
  it("non-English text gets a 'not checked: German' note", async () => {
    expect(detectLanguage(TEXTS.german).name).toBe("German");
    const { page, frame, handle } = await openTarget(browser(), contactBuyer);
    await typeInto(page, handle, TEXTS.german);
    expect(await waitForOverlay(frame, '[data-note="language"]')).toContain("German");
    expect(await findings(frame)).toEqual([]);
  });

  it("Send is held while violations remain; Send anyway lets the page's own click through once", async () => {
    const harness = browser();
    const page = await harness.open(URLS.contactBuyer);
    await page.click('kat-radiobutton[value="SHIPPING_INQUIRY"] >>> input');
    const handle = await field(page, CONTACT_BUYER_FIELD);
    await typeInto(page, handle, TEXTS.two);
    await waitForFindings(page, 2);
    await countPageClicks(page);

    await (await page.waitForSelector(SEND, { visible: true }))!.click();
    await waitForOverlay(page, '[data-card] [data-action="send-anyway"]');
    const items = await page.$$eval('outreach-guard >>> [data-card] [data-part="violations"] li', (lis) => lis.map((li) => li.textContent ?? ""));
    expect(items).toHaveLength(2);
    expect(await pageClicks(page)).toBe(0);
    expect(await page.$(REVIEW_DIALOG)).toBeNull();

    await (await page.waitForSelector('outreach-guard >>> [data-card] [data-action="send-anyway"]', { visible: true }))!.click();
    await page.waitForSelector(REVIEW_DIALOG);
    expect(await pageClicks(page)).toBe(1);
    expect(await fieldText(handle)).toBe(TEXTS.two);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it("the card explains a hovered finding and Escape closes it", async () => {
    const { page, frame, handle } = await openTarget(browser(), contactBuyer);
    await typeInto(page, handle, TEXTS.positive);
    const [finding] = await waitForFindings(frame, 1);
    await hoverFinding(page, frame, finding);
    const card = await readCard(frame);
    expect(card.title).not.toBe("");
    await page.keyboard.press("Escape");
    await page.waitForFunction(
      () => {
        const el = document.querySelector("outreach-guard")?.shadowRoot?.querySelector("[data-card]") as HTMLElement | null;
        return !el || el.hidden;
      },
      { polling: "raf", timeout: 10_000 },
    );
  });
});

describe("Firefox: outside /messaging/", () => {
  it("order details: nothing is flagged; the page's own link to Contact Buyer then shows findings", async () => {
    const harness = browser();
    const page = await harness.open(URLS.orderDetails);
    const note = await field(page, "kat-textarea.order-note >>> textarea");
    await typeInto(page, note, TEXTS.positive);
    await settle(page);
    await settle(page);
    expect(await findings(page)).toEqual([]);
    expect(await page.$("outreach-guard >>> [data-count]")).toBeNull();
    // The presence signal that makes the absence above mean something: the same add-on, the
    // same steps, one link away, flag the text.
    await Promise.all([page.waitForNavigation(), page.click('a[href^="/messaging/contact"]')]);
    const message = await field(page, CONTACT_BUYER_FIELD);
    await typeInto(page, message, TEXTS.positive);
    await waitForFindings(page, 1);
    expect(harness.foreignRequests).toEqual([]);
  });
});

async function countPageClicks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector("kat-button.ayb-contact-form-send-button")!;
    (window as unknown as { pageClicks: number }).pageClicks = 0;
    el.addEventListener("click", () => (window as unknown as { pageClicks: number }).pageClicks++);
  });
}
const pageClicks = (page: Page) => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);
