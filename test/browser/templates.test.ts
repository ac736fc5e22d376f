/** The message template editor: a contenteditable body, with an email field that is never read. */
import { describe, expect, it } from "vitest";
import { field, fieldText, findings, insertText, typeInto, useBrowser, waitForFindings, waitForOverlay } from "./harness.ts";
import { describeFieldSuite, openTarget, TEXTS } from "./suite.ts";
import { templates } from "./targets.ts";

const browser = useBrowser();
describeFieldSuite("Message template editor (contenteditable)", templates, browser);

describe("Message template editor: fields never read, text too long to check inline", () => {
  it("an email field is not checked, while the template body next to it is", async () => {
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, templates);
    const email = await field(page, "#notify-email");
    // Text that would be flagged anywhere else; an email field must not be read at all.
    await typeInto(page, email, "leave5stars@kettleco.com");
    await typeInto(page, handle, TEXTS.positive);
    await waitForFindings(frame, 1);
    expect((await frame.$$("outreach-guard >>> [data-count]")).length, "one counted field").toBe(1);
    const [finding] = await findings(frame);
    expect(TEXTS.positive.slice(finding.start, finding.end)).toContain("5-star review");
    expect(await fieldText(email)).toBe("leave5stars@kettleco.com");
    expect(harness.pageErrors).toEqual([]);
  });

  it("over 20,000 characters gets a 'too long' note; back under the limit it is checked again", async () => {
    const harness = browser();
    const { page, frame, handle } = await openTarget(harness, templates);
    const filler = "The kettle ships today from our warehouse. ".repeat(466); // 20,038 characters
    expect(filler.length).toBeGreaterThan(20_000);
    const long = `${filler}Please leave us a 5-star review`;
    // One input event for the whole text, as a paste or a dropped file would make.
    await insertText(page, handle, long);
    expect(await waitForOverlay(frame, '[data-note="too-long"]')).toMatch(/too long/i);
    expect(await fieldText(handle)).toBe(long);
    // Select all and type a short violation: checked inline again, the note goes.
    await handle.evaluate((el) => el.ownerDocument.getSelection()?.selectAllChildren(el));
    await page.keyboard.type(TEXTS.positive);
    await waitForFindings(frame, 1);
    await frame.waitForFunction(
      () => !document.querySelector("outreach-guard")?.shadowRoot?.querySelector('[data-note="too-long"]'),
      { timeout: 10_000 },
    );
    expect(harness.pageErrors).toEqual([]);
  });
});
