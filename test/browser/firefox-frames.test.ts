/**
 * Firefox: the contenteditable template editor runs the shared field suite, and the editors in
 * frames (a same-origin reply frame inside a web component's shadow root, and an about:blank
 * rich-text editor written with document.write: `match_about_blank`) run its checks except
 * hover, with the card opened by keyboard instead.
 */
import type { ElementHandle, Frame } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { categoryText, checkText } from "../../src/rules/index.ts";
import { useFirefox } from "./firefox.ts";
import {
  fieldText,
  findings,
  overlayAll,
  readCard,
  typeInto,
  undo,
  waitForFindings,
  waitForOverlay,
} from "./harness.ts";
import { describeFieldSuite, expectBoxesOverText, expectedFindings, openTarget, TEXTS } from "./suite.ts";
import { composerFrame, richEditor, templates } from "./targets.ts";

const browser = useFirefox();
describeFieldSuite("Firefox: message template editor (contenteditable)", templates, browser);

/**
 * In frames the shared suite's hover cannot run: puppeteer finds a frame's <iframe> element
 * (for the frame's position on the page) with BiDi's "context" locator, which Firefox 140 ESR
 * does not have. The card is opened by keyboard focus instead, which the overlay supports too.
 */
for (const [name, target] of [
  ["reply frame inside a shadow root (same-origin iframe)", composerFrame],
  ["rich-text editor in an about:blank iframe (match_about_blank)", richEditor],
] as const) {
  describe(`Firefox: ${name}`, () => {
    it("typed violations are underlined at the engine's offsets, over their characters, and counted", async () => {
      const harness = browser();
      const { page, frame, handle } = await openTarget(harness, target);
      await typeInto(page, handle, TEXTS.two);
      const expected = expectedFindings(TEXTS.two);
      const shown = await waitForFindings(frame, expected.length);
      expect(shown.map(({ category, rule, start, end }) => ({ category, rule, start, end }))).toEqual(expected);
      await expectBoxesOverText(target, frame, handle);
      expect(await waitForOverlay(frame, "[data-count]")).toBe(String(expected.length));
      expect(await fieldText(handle)).toBe(TEXTS.two);
      expect(harness.pageErrors).toEqual([]);
      expect(harness.foreignRequests).toEqual([]);
    });

    it("a finding focused by keyboard opens its card; Apply rewrites only its span and Ctrl+Z restores the text", async () => {
      const { page, frame, handle } = await openTarget(browser(), target);
      await typeInto(page, handle, TEXTS.withRewrite);
      await waitForFindings(frame, 1);
      const engine = checkText(TEXTS.withRewrite, { channel: "message" })[0];
      const [box] = await overlayAll(frame, "[data-finding]");
      await box.focus();
      const card = await readCard(frame);
      expect(card.title).toBe(categoryText(engine.category).title);
      expect(card.rewrite).toContain(engine.suggestion!);
      // Keyboard all the way (↓ into the card, Tab to Apply, Enter): a small frame can leave the
      // card's buttons outside its viewport, where no pointer can reach them (reported in README).
      await page.keyboard.press("ArrowDown");
      for (let i = 0; i < 6 && !(await focusedAction(frame)).startsWith("apply"); i++) await page.keyboard.press("Tab");
      expect(await focusedAction(frame)).toBe("apply");
      await page.keyboard.press("Enter");
      const rewritten = TEXTS.withRewrite.slice(0, engine.start) + engine.suggestion + TEXTS.withRewrite.slice(engine.end);
      await waitForText(handle, rewritten);
      await waitForFindings(frame, 0);
      await handle.focus();
      await undo(page);
      await waitForText(handle, TEXTS.withRewrite);
      await waitForFindings(frame, 1);
    });
  });
}

describe("Firefox: each frame has its own overlay", () => {
  it("the top page shows nothing for a frame's findings", async () => {
    const { page, frame, handle } = await openTarget(browser(), composerFrame);
    await typeInto(page, handle, TEXTS.positive);
    await waitForFindings(frame, 1);
    expect(await findings(page.mainFrame())).toEqual([]);
    expect(await page.mainFrame().$("outreach-guard >>> [data-count]")).toBeNull();
  });
});

/** The `data-action` of the overlay element that has keyboard focus in the frame ("" when none). */
function focusedAction(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const host = document.querySelector("outreach-guard");
    const active = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return active?.dataset.action ?? "";
  });
}

async function waitForText(handle: ElementHandle<Element>, want: string): Promise<void> {
  await handle.frame.waitForFunction(
    (el, text) => ("value" in el ? (el as HTMLTextAreaElement).value : el.textContent) === text,
    { timeout: 10_000 },
    handle,
    want,
  );
}
