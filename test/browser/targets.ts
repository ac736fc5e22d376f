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

export const composerFrame: FieldUnderTest = {
  url: URLS.thread,
  frames: 3, // the page, the composer frame, the about:blank editor
  kind: "textarea",
  async locate(page) {
    const frame = await page.waitForFrame((f) => f.url().includes("/messaging/thread/compose"));
    return { frame, handle: await field(frame, "kat-textarea >>> textarea") };
  },
};

export const richEditor: FieldUnderTest = {
  url: URLS.thread,
  frames: 3,
  kind: "editable",
  editable: "body",
  async locate(page) {
    // Firefox gives a document.write()-n about:blank frame its writer's address (as the HTML
    // standard says), so the editor frame is found by its editable body, not by "about:blank".
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (await frame.evaluate(() => document.body?.isContentEditable === true)) return { frame, handle: await field(frame, "body") };
    }
    throw new Error("No about:blank editor frame");
  },
};

export const templates: FieldUnderTest = {
  url: URLS.templates,
  kind: "editable",
  editable: ".template-body",
  async locate(page) {
    return { frame: page.mainFrame(), handle: await field(page, ".template-body") };
  },
};
