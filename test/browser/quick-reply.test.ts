/**
 * A reply field in a drawer that is translated and scaled and has its own scrolling body:
 * the underline must follow the transform and the scroll.
 */
import { describe, expect, it } from "vitest";
import { findings, settle, typeInto, useBrowser, waitForFindings } from "./harness.ts";
import { describeFieldSuite, expectBoxesOverText, openTarget, TEXTS } from "./suite.ts";
import { quickReply } from "./targets.ts";


const browser = useBrowser();
describeFieldSuite("Quick reply in a translated, scaled, scrolling drawer", quickReply, browser);

describe("Quick reply: the underline follows transforms and scrolling", () => {
  it("the field is drawn scaled (the premise), and the box is scaled with it", async () => {
    const { page, frame, handle } = await openTarget(browser(), quickReply);
    const scale = await handle.evaluate((el) => el.getBoundingClientRect().width / (el as HTMLElement).offsetWidth);
    expect(scale).toBeCloseTo(0.8, 2);
    await typeInto(page, handle, TEXTS.positive);
    const [finding] = await waitForFindings(frame, 1);
    await expectBoxesOverText(quickReply, frame, handle);
    expect(finding.rect.height).toBeGreaterThan(0);
  });

  it("scrolling the drawer moves the box with the text", async () => {
    const { page, frame, handle } = await openTarget(browser(), quickReply);
    await typeInto(page, handle, TEXTS.positive);
    await waitForFindings(frame, 1);
    const [before] = await expectBoxesOverText(quickReply, frame, handle);
    const moved = await page.$eval(".drawer-body", (body) => {
      const from = body.scrollTop;
      body.scrollTop = from - 60;
      return from - body.scrollTop;
    });
    expect(moved).toBeGreaterThan(0);
    // Wait for the overlay to follow: the box moves down by the scrolled distance, scaled.
    for (let i = 0; i < 30 && Math.abs((await findings(frame))[0].rect.top - before.rect.top) < 1; i++) await settle(frame);
    const [after] = await expectBoxesOverText(quickReply, frame, handle);
    expect(after.rect.top - before.rect.top).toBeCloseTo(moved * 0.8, 0);
  });

  it("text scrolled inside the field moves its box, and a box scrolled out of the field is not shown over the page", async () => {
    const { page, frame, handle } = await openTarget(browser(), quickReply);
    // The violation on the first line, then enough lines to make the textarea scroll.
    await typeInto(page, handle, `${TEXTS.positive}\n\n\n\n\n\nThanks,\nAlex`);
    await waitForFindings(frame, 1);
    const scrollTop = await handle.evaluate((el) => el.scrollTop);
    expect(scrollTop, "the textarea scrolled to the caret").toBeGreaterThan(0);
    const field = await handle.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    // The first line is scrolled out of view: its box must not be drawn outside the field.
    for (let i = 0; i < 30; i++) {
      const shown = await findings(frame);
      if (shown.every((f) => f.visible.height === 0 || (f.visible.top >= field.top - 1 && f.visible.bottom <= field.bottom + 1))) break;
      await settle(frame);
    }
    for (const { visible } of await findings(frame)) {
      if (visible.height === 0) continue;
      expect(visible.top).toBeGreaterThanOrEqual(field.top - 1);
      expect(visible.bottom).toBeLessThanOrEqual(field.bottom + 1);
    }
    // Scrolled back to the top, the box lies over its characters again.
    await handle.evaluate((el) => {
      el.scrollTop = 0;
    });
    await expectBoxesOverText(quickReply, frame, handle);
  });
});
