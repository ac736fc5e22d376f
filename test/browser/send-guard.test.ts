/**
 * The send guard: a click on the composer's Send with violations left is held until the seller
 * chooses Send anyway or Keep editing; the draft is never changed; a confirmed text passes.
 */
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { field, fieldText, typeInto, URLS, useBrowser, waitForFindings, waitForOverlay } from "./harness.ts";
import { TEXTS } from "./suite.ts";

const browser = useBrowser();

const CONTACT_FIELD = ".contact-buyer-text-area kat-textarea >>> textarea";
const CONTACT_SEND = "kat-button.ayb-contact-form-send-button >>> button";
const REVIEW_DIALOG = 'div[role=dialog][aria-label="Review message"]';
const INBOX_FIELD = ".reply-composer kat-textarea >>> textarea";
const INBOX_SEND = ".reply-actions kat-button >>> button";

/** Counts clicks that reach the page's own handler on a send control (bubble phase, as the page listens). */
async function countPageClicks(page: Page, host: string): Promise<void> {
  await page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    (window as unknown as { pageClicks: number }).pageClicks = 0;
    el.addEventListener("click", () => (window as unknown as { pageClicks: number }).pageClicks++);
  }, host);
}
const pageClicks = (page: Page) => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);

/** The guard's card: open, its list of violations, and what the buttons say. */
async function guardCard(page: Page): Promise<{ items: string[] }> {
  await waitForOverlay(page, '[data-card] [data-action="send-anyway"]');
  const items = await page.$$eval('outreach-guard >>> [data-card] [data-part="violations"] li', (lis) => lis.map((li) => li.textContent ?? ""));
  return { items };
}

async function cardHidden(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const card = document.querySelector("outreach-guard")?.shadowRoot?.querySelector("[data-card]") as HTMLElement | null;
      return !card || card.hidden;
    },
    { polling: "raf", timeout: 10_000 },
  );
}

async function click(page: Page, selector: string): Promise<void> {
  const handle = await page.waitForSelector(selector, { visible: true, timeout: 10_000 });
  await handle!.click();
}

async function openContactBuyer(text: string) {
  const harness = browser();
  const page = await harness.open(URLS.contactBuyer);
  await page.click('kat-radiobutton[value="SHIPPING_INQUIRY"] >>> input');
  const handle = await field(page, CONTACT_FIELD);
  await typeInto(page, handle, text);
  return { harness, page, handle };
}

describe("Send guard on Contact Buyer", () => {
  it("holds Send while violations remain; Keep editing goes back to the untouched draft", async () => {
    const { harness, page, handle } = await openContactBuyer(TEXTS.two);
    await waitForFindings(page, 2);
    await countPageClicks(page, "kat-button.ayb-contact-form-send-button");

    await click(page, CONTACT_SEND);
    const card = await guardCard(page);
    expect(card.items).toHaveLength(2);
    expect(card.items.join(" ")).toContain("help@kettleco.com");
    expect(await pageClicks(page)).toBe(0);
    expect(await page.$(REVIEW_DIALOG)).toBeNull();

    await click(page, 'outreach-guard >>> [data-card] [data-action="keep-editing"]');
    await cardHidden(page);
    expect(await fieldText(handle)).toBe(TEXTS.two);
    // The seller is back in the field, where they left off.
    expect(await handle.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await pageClicks(page)).toBe(0);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it("Send anyway repeats the click once; Amazon's confirmation dialog is not guarded again; the message is sent", async () => {
    const { harness, page, handle } = await openContactBuyer(TEXTS.positive);
    await waitForFindings(page, 1);
    await countPageClicks(page, "kat-button.ayb-contact-form-send-button");

    await click(page, CONTACT_SEND);
    await guardCard(page);
    await click(page, 'outreach-guard >>> [data-card] [data-action="send-anyway"]');
    const dialog = await page.waitForSelector(REVIEW_DIALOG);
    expect(await pageClicks(page)).toBe(1);
    expect(await dialog!.evaluate((el) => el.querySelector("p")?.textContent)).toBe(TEXTS.positive);
    await cardHidden(page);

    await click(page, `${REVIEW_DIALOG} kat-button[label="Send"] >>> button`);
    await page.waitForSelector("div.kat-alert-success-content");
    expect(await page.$("outreach-guard >>> [data-card]:not([hidden])")).toBeNull();
    expect(await fieldText(handle)).toBe("");
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it("a later Send with the same text passes without a card; changed text is asked about again", async () => {
    const { harness, page, handle } = await openContactBuyer(TEXTS.positive);
    await waitForFindings(page, 1);
    await countPageClicks(page, "kat-button.ayb-contact-form-send-button");
    await click(page, CONTACT_SEND);
    await guardCard(page);
    await click(page, 'outreach-guard >>> [data-card] [data-action="send-anyway"]');
    await page.waitForSelector(REVIEW_DIALOG);
    // The seller closes Amazon's dialog and presses Send again: same text, no second card.
    await page.evaluate((s) => document.querySelector(s)?.remove(), REVIEW_DIALOG);
    await click(page, CONTACT_SEND);
    await page.waitForSelector(REVIEW_DIALOG);
    expect(await pageClicks(page)).toBe(2);
    expect(await page.$("outreach-guard >>> [data-card]:not([hidden])")).toBeNull();
    await page.evaluate((s) => document.querySelector(s)?.remove(), REVIEW_DIALOG);

    // Another violation typed: that text was never confirmed.
    await typeInto(page, handle, " Email me at help@kettleco.com");
    // "5-star review", "Email me at" and the address.
    await waitForFindings(page, 3);
    await click(page, CONTACT_SEND);
    const card = await guardCard(page);
    expect(card.items).toHaveLength(3);
    expect(await pageClicks(page)).toBe(2);
    expect(await fieldText(handle)).toBe(`${TEXTS.positive} Email me at help@kettleco.com`);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it("clean text is never held", async () => {
    const { page } = await openContactBuyer(TEXTS.clean);
    await countPageClicks(page, "kat-button.ayb-contact-form-send-button");
    await click(page, CONTACT_SEND);
    await page.waitForSelector(REVIEW_DIALOG);
    expect(await pageClicks(page)).toBe(1);
    expect(await page.$("outreach-guard >>> [data-card]:not([hidden])")).toBeNull();
  });
});

describe("Send guard in the inbox", () => {
  it("holds the reply's Send (found by its label, in the page's language) and releases it on Send anyway", async () => {
    const harness = browser();
    const page = await harness.open(URLS.inbox);
    await page.click('button[data-thread="THREAD-10001"]');
    const handle = await field(page, INBOX_FIELD);
    // A German Seller Central: the button says "Antwort senden".
    await page.$eval(".reply-actions kat-button", (el) => el.setAttribute("label", "Antwort senden"));
    await typeInto(page, handle, TEXTS.positive);
    await waitForFindings(page, 1);
    await countPageClicks(page, ".reply-actions kat-button");

    await click(page, INBOX_SEND);
    const card = await guardCard(page);
    expect(card.items).toHaveLength(1);
    expect(await pageClicks(page)).toBe(0);
    await click(page, 'outreach-guard >>> [data-card] [data-action="send-anyway"]');
    await page.waitForFunction(() => (window as unknown as { pageClicks: number }).pageClicks === 1, { polling: "raf" });
    await cardHidden(page);
    // And the seller's own click with the same text passes.
    await click(page, INBOX_SEND);
    await page.waitForFunction(() => (window as unknown as { pageClicks: number }).pageClicks === 2, { polling: "raf" });
    expect(await fieldText(handle)).toBe(TEXTS.positive);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it("a thread button or any control that is not Send is never held", async () => {
    const harness = browser();
    const page = await harness.open(URLS.inbox);
    await page.click('button[data-thread="THREAD-10001"]');
    const handle = await field(page, INBOX_FIELD);
    await typeInto(page, handle, TEXTS.positive);
    await waitForFindings(page, 1);
    await page.click('button[data-thread="THREAD-10002"]');
    await page.waitForFunction(() => location.search.includes("THREAD-10002"));
    expect(await page.$("outreach-guard >>> [data-card]:not([hidden])")).toBeNull();
    expect(harness.pageErrors).toEqual([]);
  });
});
