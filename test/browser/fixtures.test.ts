/**
 * The fixtures and the harness on their own: every page loads at its Seller Central address
 * without errors or foreign requests, its field is reachable through shadow roots and frames,
 * and the harness's typing, pasting and undo do what a seller's keyboard does. If this file
 * fails, the other browser tests say nothing about the extension.
 */
import type { Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { field, fieldText, pasteInto, typeInto, undo, URLS, useBrowser } from "./harness.ts";

const browser = useBrowser();
let page: Page;

const FIELDS: Array<[string, string, string]> = [
  ["Contact Buyer", URLS.contactBuyer, ".contact-buyer-text-area kat-textarea >>> textarea"],
  ["template editor", URLS.templates, ".template-body"],
  ["Preact reply", URLS.reply, "#reply-text"],
  ["quick reply drawer", URLS.quickReply, "#quick-reply-text"],
  ["order details", URLS.orderDetails, "kat-textarea.order-note >>> textarea"],
];

describe("fixture pages", () => {
  for (const [name, url, selector] of FIELDS) {
    it(`${name}: loads at ${new URL(url).pathname}, the field takes typed and pasted text, Ctrl+Z undoes`, async () => {
      const harness = browser();
      page = await harness.open(url, { frames: 0 });
      const handle = await field(page, selector);
      await typeInto(page, handle, "Hello there.");
      // Recorded from the test, not the fixture: the paste must be a real one.
      const inputTypes = await handle.evaluateHandle((el) => {
        const seen: string[] = [];
        el.addEventListener("input", (e) => seen.push((e as InputEvent).inputType));
        return seen;
      });
      await pasteInto(page, handle, " Pasted line.");
      expect(await fieldText(handle)).toBe("Hello there. Pasted line.");
      expect(await inputTypes.jsonValue()).toEqual(["insertFromPaste"]);
      await undo(page);
      expect(await fieldText(handle)).toBe("Hello there.");
      expect(harness.pageErrors).toEqual([]);
      expect(harness.foreignRequests).toEqual([]);
    });
  }

  it("inbox: clicking a thread swaps the composer and pushes /messaging/inbox?…&ct=", async () => {
    const harness = browser();
    page = await harness.open(URLS.inbox, { frames: 0 });
    await page.click('button[data-thread="THREAD-10001"]');
    const first = await field(page, ".reply-composer kat-textarea >>> textarea");
    await typeInto(page, first, "First thread");
    await page.click('button[data-thread="THREAD-10002"]');
    expect(new URL(page.url()).searchParams.get("ct")).toBe("THREAD-10002");
    const second = await field(page, ".reply-composer kat-textarea >>> textarea");
    expect(await fieldText(second)).toBe("");
    expect(await first.evaluate((el) => el.isConnected)).toBe(false);
    expect(harness.pageErrors).toEqual([]);
  });

  it("thread: the composer frame inside a shadow root and the about:blank rich editor take text", async () => {
    const harness = browser();
    page = await harness.open(URLS.thread, { frames: 0 });
    const composer = await page.waitForFrame((f) => f.url().includes("/messaging/thread/compose"));
    await composer.waitForFunction(() => document.readyState === "complete");
    const reply = await field(composer, "kat-textarea >>> textarea");
    await typeInto(page, reply, "Framed reply.");
    expect(await fieldText(reply)).toBe("Framed reply.");
    const rich = page.frames().find((f) => f.url() === "about:blank" && f !== page.mainFrame());
    expect(rich).toBeDefined();
    const body = await field(rich!, "body");
    await typeInto(page, body, "Rich reply.");
    expect(await fieldText(body)).toBe("Rich reply.");
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
