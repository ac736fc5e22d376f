/**
 * The fields the shared suite runs on, one per fixture, for Chromium's and Firefox's test files
 * alike: where the page is and how a seller reaches its field.
 */
import { expect } from "vitest";
import { field, URLS } from "./harness.ts";
import type { FieldUnderTest } from "./suite.ts";

export const CONTACT_BUYER_FIELD = ".contact-buyer-text-area kat-textarea >>> textarea";

export const contactBuyer: FieldUnderTest = {
  url: URLS.contactBuyer,
  kind: "textarea",
  async locate(page) {
    return { frame: page.mainFrame(), handle: await field(page, CONTACT_BUYER_FIELD) };
  },
};

export const INBOX_COMPOSER = ".reply-composer kat-textarea >>> textarea";

export const inbox: FieldUnderTest = {
  url: URLS.inbox,
  kind: "textarea",
  async locate(page) {
    // The composer exists only once a conversation is open.
    await page.click('button[data-thread="THREAD-10001"]');
    return { frame: page.mainFrame(), handle: await field(page, INBOX_COMPOSER) };
  },
};

export const quickReply: FieldUnderTest = {
  url: URLS.quickReply,
  kind: "textarea",
  async locate(page) {
    const handle = await field(page, "#quick-reply-text");
    // Focusing scrolls the drawer's body to bring the field into view, as a click would.
    await handle.focus();
    return { frame: page.mainFrame(), handle };
  },
};

/** A reply box whose value a Preact component controls: every render writes state back into it. */
export const preactReply: FieldUnderTest = {
  url: URLS.reply,
  kind: "textarea",
  async locate(page) {
    return { frame: page.mainFrame(), handle: await field(page, "#reply-text") };
  },
  // The component renders its state's length: the state must hold exactly the field's text.
  async frameworkSees(page, text) {
    await page.waitForFunction(
      (want: string) => document.querySelector(".reply-count")?.textContent === want,
      { timeout: 10_000 },
      `${text.length} / 4000`,
    );
    expect(await page.$eval(".reply-count", (el) => el.textContent)).toBe(`${text.length} / 4000`);
  },
};
