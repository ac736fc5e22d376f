/**
 * Contact Buyer, the page sellers write most messages on: a Katal kat-textarea whose real
 * <textarea> lives in an open shadow root, served with a strict content security policy.
 */
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/rules/index.ts";
import {
  fieldText,
  findings,
  overlayAll,
  pasteInto,
  readCard,
  settle,
  typeInto,
  waitForFindings,
  waitForShownFindings,
  useBrowser,
  waitForOverlay,
} from "./harness.ts";
import { describeFieldSuite, expectedFindings, openTarget, TEXTS } from "./suite.ts";
import { contactBuyer } from "./targets.ts";

const browser = useBrowser();
describeFieldSuite("Contact Buyer (kat-textarea in a shadow root, strict CSP)", contactBuyer, browser);

describe("Contact Buyer: notes, keyboard, ignore and sending", () => {
  it("non-English text gets a 'not checked: German' note, not an all-clear", async () => {
    expect(detectLanguage(TEXTS.german).name).toBe("German");
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, contactBuyer);
    await typeInto(page, handle, TEXTS.german);
    const note = await waitForOverlay(frame, '[data-note="language"]');
    expect(note).toContain("German");
    expect(await findings(frame)).toEqual([]);
    expect(await fieldText(handle)).toBe(TEXTS.german);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it("a long English draft replaced by German text of about the same length is said to be unchecked", async () => {
    const english = `${"Thank you for your order. We hope the kettle serves you well for many years. ".repeat(4)}Please leave us a 5-star review.`;
    const german = "Vielen Dank für Ihre Bestellung. Wir hoffen, dass Ihnen der Wasserkocher viele Jahre Freude macht. ".repeat(4).trim();
    expect(Math.abs(english.length - german.length)).toBeLessThan(200);
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, contactBuyer);
    // Checked as English first (its finding shows), so the field has a language on record.
    await pasteInto(page, handle, english);
    await waitForFindings(frame, 1);
    // Select everything and paste the German text over it.
    await handle.evaluate((el) => (el as HTMLTextAreaElement).select());
    await frame.evaluate((t) => navigator.clipboard.writeText(t), german);
    await page.keyboard.down("Control");
    await page.keyboard.press("KeyV", { commands: ["paste"] });
    await page.keyboard.up("Control");
    const note = await waitForOverlay(frame, '[data-note="language"]');
    expect(note).toContain("German");
    expect(await findings(frame)).toEqual([]);
    expect(await fieldText(handle)).toBe(german);
  });

  it("keyboard focus on a finding opens its card", async () => {
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, contactBuyer);
    await typeInto(page, handle, TEXTS.positive);
    await waitForFindings(frame, 1);
    const [box] = await overlayAll(frame, "[data-finding]");
    expect(await box.evaluate((el) => (el as HTMLElement).tabIndex)).toBeGreaterThanOrEqual(0);
    await box.focus();
    const card = await readCard(frame);
    expect(card.title).not.toBe("");
  });

  it("Ignore hides the finding for this tab's session, also after retyping the same words", async () => {
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, contactBuyer);
    await typeInto(page, handle, TEXTS.positive);
    // The finding of the whole text, not one of a text still being typed (checks run a frame behind).
    const [expected] = expectedFindings(TEXTS.positive);
    const [finding] = await waitForShownFindings(frame, [expected]);
    expect([finding.start, finding.end]).toEqual([expected.start, expected.end]);
    const [box] = await overlayAll(frame, "[data-finding]");
    await box.focus();
    await readCard(frame);
    const ignore = await frame.waitForSelector('outreach-guard >>> [data-card] [data-action="ignore"]', { visible: true });
    await ignore!.click();
    await waitForFindings(frame, 0);
    expect(await fieldText(handle)).toBe(TEXTS.positive);
    // The same excerpt typed again elsewhere in the field stays ignored; the field is untouched.
    await handle.evaluate((el) => (el as HTMLTextAreaElement).select());
    await page.keyboard.type(`Hello. ${TEXTS.positive.slice(finding.start, finding.end)}`);
    await settle(frame);
    await settle(frame);
    expect(await findings(frame)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });

  it("the page still works: a reason, a message and Send reach the page's own handlers", async () => {
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, contactBuyer);
    await page.click('kat-radiobutton[value="SHIPPING_INQUIRY"] >>> input');
    await typeInto(page, handle, TEXTS.clean);
    await settle(frame);
    await page.click("kat-button.ayb-contact-form-send-button >>> button");
    const dialog = await page.waitForSelector('div[role=dialog][aria-label="Review message"]');
    expect(await dialog!.evaluate((el) => el.querySelector("p")?.textContent)).toBe(TEXTS.clean);
    await page.click('div[role=dialog] kat-button[label="Send"] >>> button');
    await page.waitForSelector("div.kat-alert-success-content");
    expect(await fieldText(handle)).toBe("");
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
