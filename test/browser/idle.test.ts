/**
 * Outside /messaging/ the content script stays idle: on the order details page it runs (the
 * match patterns cover every path) but checks nothing. Following the page's own link to
 * Contact Buyer then shows findings, which proves the same steps would have shown them.
 */
import { expect, it } from "vitest";
import { contentWorldWindowListeners } from "./content-rest.ts";
import { field, fieldText, findings, settle, typeInto, URLS, useBrowser, waitForFindings } from "./harness.ts";
import { TEXTS } from "./suite.ts";

const browser = useBrowser();

it("order details (/orders-v3/order/…): a violation in a text field is not flagged, and nothing is drawn", async () => {
  const harness = browser();
  const page = await harness.open(URLS.orderDetails); // waits for the content script to be running
  const note = await field(page, "kat-textarea.order-note >>> textarea");
  await typeInto(page, note, TEXTS.positive);
  await settle(page);
  await settle(page);
  expect(await findings(page)).toEqual([]);
  expect(await page.$("outreach-guard >>> [data-count]")).toBeNull();
  expect(await page.$("outreach-guard >>> [data-note]")).toBeNull();
  expect(await fieldText(note)).toBe(TEXTS.positive);
  // Idle, it listens on the window only for what could start or stop it (focus, typing, navigation);
  // scrolling, hovering, clicks and keys wait for a field it checks.
  const world = await contentWorldWindowListeners(page);
  expect(world.worlds).toBe(1);
  expect(world.types).toEqual(["focusin", "input", "pagehide", "popstate"]);

  // The buyer's name links to Contact Buyer: there the same text is flagged.
  await Promise.all([page.waitForNavigation(), page.click('a[href^="/messaging/contact"]')]);
  expect(page.url()).toBe(URLS.contactBuyer);
  const message = await field(page, ".contact-buyer-text-area kat-textarea >>> textarea");
  await typeInto(page, message, TEXTS.positive);
  await waitForFindings(page, 1);
  expect(harness.pageErrors).toEqual([]);
  expect(harness.foreignRequests).toEqual([]);
});
