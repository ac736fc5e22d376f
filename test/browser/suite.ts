/**
 * One suite run on every kind of field: typed and pasted violations underlined at their
 * characters and explained, fixes removing them, Apply and Ctrl+Z, the field's text exactly as
 * typed, the page's DOM untouched, no page errors and no network requests.
 *
 * Expected findings come from the engine itself (src/rules): the overlay must show exactly
 * what checkText finds in the field's text, at the same offsets.
 */
import type { ElementHandle, Frame, Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { categoryText, checkText, type Finding } from "../../src/rules/index.ts";
import {
  type Box,
  clickCardAction,
  editableSpanBox,
  fieldBox,
  fieldText,
  findings,
  type Harness,
  hoverFinding,
  pageSnapshot,
  pasteInto,
  readCard,
  type ShownFinding,
  settle,
  textareaSpanBox,
  typeInto,
  undo,
  waitForFindings,
  waitForShownFindings,
  waitForOverlay,
  withoutOverlay,
} from "./harness.ts";

/** Texts the suite types. Each premise (what the engine finds in it) is checked before use. */
export const TEXTS = {
  positive: "Thanks for your order, Jordan. Please leave us a 5-star review",
  /** Two findings on one line, in text order: an email address, then a request to remove a review. */
  two: "Write to help@kettleco.com if you want to remove your review.",
  withRewrite: "For faster help, call us any weekday morning.",
  clean: "Thanks for your order! Your kettle ships today and should arrive by Thursday.",
  german: "Hallo Jordan, vielen Dank für Ihre Bestellung. Bitte ändern Sie Ihre Bewertung, wir erstatten Ihnen den vollen Betrag.",
};

export function expectedFindings(text: string): Array<Pick<ShownFinding, "category" | "rule" | "start" | "end">> {
  return checkText(text, { channel: "message" })
    .map((f: Finding) => ({ category: f.category, rule: f.ruleId, start: f.start, end: f.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface FieldUnderTest {
  /** The fixture's Seller Central address. */
  url: string;
  /** Frames the content script must be running in before the test starts. */
  frames?: number;
  /** The frame holding the field, and the field itself (textarea, input or editable element). */
  locate(page: Page): Promise<{ frame: Frame; handle: ElementHandle<Element> }>;
  kind: "textarea" | "editable";
  /** For an editable field: a selector for it, whose contents the DOM snapshot leaves to a text check. */
  editable?: string;
  /** Checks the page's framework saw the field's current text (e.g. a counter it renders). */
  frameworkSees?(page: Page, text: string): Promise<void>;
}

/** Where the characters [start, end) of the field are drawn. */
export function spanBox(target: FieldUnderTest, handle: ElementHandle<Element>, start: number, end: number): Promise<Box> {
  return target.kind === "textarea" ? textareaSpanBox(handle, start, end) : editableSpanBox(handle, start, end);
}

const TOLERANCE = 4;

/**
 * Waits until every finding's box lies over its characters (the overlay may place boxes a
 * frame after it shows them), then returns the findings. Fails with the measured boxes.
 */
export async function expectBoxesOverText(
  target: FieldUnderTest,
  frame: Frame,
  handle: ElementHandle<Element>,
): Promise<ShownFinding[]> {
  let last = "";
  for (let attempt = 0; attempt < 30; attempt++) {
    const shown = await findings(frame);
    const field = await fieldBox(handle);
    const problems: string[] = [];
    for (const f of shown) {
      const want = await spanBox(target, handle, f.start, f.end);
      const r = f.rect;
      const tol = TOLERANCE + 0.03 * (want.right - want.left);
      if (Math.abs(r.left - want.left) > tol || Math.abs(r.right - want.right) > tol) {
        problems.push(`[${f.start},${f.end}) box x ${r.left.toFixed(1)}..${r.right.toFixed(1)}, text x ${want.left.toFixed(1)}..${want.right.toFixed(1)}`);
      }
      // Vertically the box must overlap the line of text (an underline sits at its bottom).
      if (r.bottom < want.top || r.top > want.bottom + TOLERANCE) {
        problems.push(`[${f.start},${f.end}) box y ${r.top.toFixed(1)}..${r.bottom.toFixed(1)}, text y ${want.top.toFixed(1)}..${want.bottom.toFixed(1)}`);
      }
      const v = f.visible;
      if (v.width === 0 || v.height === 0) problems.push(`[${f.start},${f.end}) box not visible`);
      else if (v.left < field.left - 1 || v.right > field.right + 1 || v.top < field.top - 1 || v.bottom > field.bottom + 1) {
        problems.push(`[${f.start},${f.end}) box outside the field`);
      }
    }
    if (problems.length === 0) return shown;
    last = problems.join("; ");
    await settle(frame);
  }
  throw new Error(`Finding boxes do not lie over their text: ${last}`);
}

/** Registers the shared tests for one field, run in the file's browser (useBrowser). */
export function describeFieldSuite(name: string, target: FieldUnderTest, browser: () => Harness): void {
  async function openField() {
    return openTarget(browser(), target);
  }

  function expectQuietPage() {
    expect(browser().pageErrors, "page errors and console errors").toEqual([]);
    expect(browser().foreignRequests, "requests that are not the page's own").toEqual([]);
  }

  describe(name, () => {
    it("premises: the engine's findings on the suite's texts", () => {
      expect(expectedFindings(TEXTS.positive).map((f) => f.category)).toEqual(["positive-review-request"]);
      expect(expectedFindings(TEXTS.two).map((f) => f.category)).toEqual(["off-amazon-contact", "review-change"]);
      const rewrite = checkText(TEXTS.withRewrite, { channel: "message" });
      expect(rewrite).toHaveLength(1);
      expect(rewrite[0].suggestion).toBeTruthy();
      expect(expectedFindings(TEXTS.clean)).toEqual([]);
    });

    it("a typed violation is underlined at its characters, counted and explained; the text is exactly what was typed", async () => {
      const { page, frame, handle } = await openField();
      // The same page and keystrokes where the extension does not run: the page's own DOM changes.
      const controlPage = await browser().openControl(target.url);
      const control = await target.locate(controlPage);
      await typeInto(controlPage, control.handle, TEXTS.positive);
      expect(await fieldText(control.handle)).toBe(TEXTS.positive);
      const without = await pageSnapshot(control.frame, target.editable);
      expect(without, "the control page runs no content script").not.toContain("[outreach-guard");

      await typeInto(page, handle, TEXTS.positive);
      const expected = expectedFindings(TEXTS.positive);
      const shown = await waitForShownFindings(frame, expected);
      expect(shown.map(({ category, rule, start, end }) => ({ category, rule, start, end }))).toEqual(expected);
      expect(TEXTS.positive.slice(shown[0].start, shown[0].end)).toContain("5-star review");
      await expectBoxesOverText(target, frame, handle);
      expect(await waitForOverlay(frame, "[data-count]")).toBe(String(expected.length));

      await hoverFinding(page, frame, shown[0]);
      const card = await readCard(frame);
      const text = categoryText("positive-review-request");
      expect(card.title).toBe(text.title);
      expect(card.policy).toContain(text.policy);
      expect(card.why).toContain(text.why);
      expect(card.fix).toContain(text.fix);

      expect(await fieldText(handle)).toBe(TEXTS.positive);
      const after = await pageSnapshot(frame, target.editable);
      expect(after.match(/\[outreach-guard under \w+\]/g), "one overlay, on <html>").toEqual(["[outreach-guard under html]"]);
      expect(withoutOverlay(after), "the page's DOM, overlay left out, as without the extension").toBe(without);
      if (target.editable) {
        const html = await handle.evaluate((el) => el.innerHTML);
        expect(html, "no node inside the editable field").toBe(TEXTS.positive);
      }
      expectQuietPage();
    });

    it("pasted violations are underlined at their characters, in text order", async () => {
      const { page, frame, handle } = await openField();
      await pasteInto(page, handle, TEXTS.two);
      const expected = expectedFindings(TEXTS.two);
      const shown = await waitForShownFindings(frame, expected);
      expect(shown.map(({ category, rule, start, end }) => ({ category, rule, start, end }))).toEqual(expected);
      expect(TEXTS.two.slice(shown[0].start, shown[0].end)).toBe("help@kettleco.com");
      await expectBoxesOverText(target, frame, handle);
      const boxes = await findings(frame);
      expect(boxes[0].rect.right, "the email's box is left of the review request's").toBeLessThanOrEqual(boxes[1].rect.left + 1);
      expect(await fieldText(handle)).toBe(TEXTS.two);
      expectQuietPage();
    });

    it("fixing the text removes the underline and the counter", async () => {
      const { page, frame, handle } = await openField();
      await typeInto(page, handle, TEXTS.positive);
      await waitForFindings(frame, 1);
      // Delete " 5-star review" key by key, then end the sentence: a plain review request is allowed.
      for (let i = 0; i < " 5-star review".length; i++) await page.keyboard.press("Backspace");
      await page.keyboard.type(" review.");
      const fixed = "Thanks for your order, Jordan. Please leave us a review.";
      expect(expectedFindings(fixed)).toEqual([]);
      await waitForFindings(frame, 0);
      expect(await frame.$("outreach-guard >>> [data-count]")).toBeNull();
      expect(await fieldText(handle)).toBe(fixed);
      expectQuietPage();
    });

    it("Apply replaces only the flagged span, the page's framework sees it, and Ctrl+Z restores the text", async () => {
      const { page, frame, handle } = await openField();
      await typeInto(page, handle, TEXTS.withRewrite);
      const [finding] = await waitForShownFindings(frame, expectedFindings(TEXTS.withRewrite));
      const engine = checkText(TEXTS.withRewrite, { channel: "message" })[0];
      expect([finding.start, finding.end]).toEqual([engine.start, engine.end]);
      await hoverFinding(page, frame, finding);
      const card = await readCard(frame);
      expect(card.rewrite).toContain(engine.suggestion!);
      await clickCardAction(frame, "apply");
      const rewritten = TEXTS.withRewrite.slice(0, engine.start) + engine.suggestion + TEXTS.withRewrite.slice(engine.end);
      await handle.frame.waitForFunction((el, want) => {
        const f = el as HTMLTextAreaElement | HTMLElement;
        return ("value" in f ? f.value : f.textContent) === want;
      }, { timeout: 10_000 }, handle, rewritten);
      expect(await fieldText(handle)).toBe(rewritten);
      await target.frameworkSees?.(page, rewritten);
      await waitForFindings(frame, 0);

      await undo(page);
      await handle.frame.waitForFunction((el, want) => {
        const f = el as HTMLTextAreaElement | HTMLElement;
        return ("value" in f ? f.value : f.textContent) === want;
      }, { timeout: 10_000 }, handle, TEXTS.withRewrite);
      expect(await fieldText(handle)).toBe(TEXTS.withRewrite);
      await target.frameworkSees?.(page, TEXTS.withRewrite);
      await waitForFindings(frame, 1);
      expectQuietPage();
    });

    it("clean text shows no finding and no counter", async () => {
      const { page, frame, handle } = await openField();
      await typeInto(page, handle, TEXTS.clean);
      await settle(frame);
      await settle(frame);
      expect(await findings(frame)).toEqual([]);
      expect(await frame.$("outreach-guard >>> [data-count]")).toBeNull();
      expect(await fieldText(handle)).toBe(TEXTS.clean);
      expectQuietPage();
    });
  });
}

/** The page of the test being run, for suites that add tests of their own. */
export async function openTarget(harness: Harness, target: FieldUnderTest) {
  const page = await harness.open(target.url, { frames: target.frames ?? 1 });
  const { frame, handle } = await target.locate(page);
  return { page, frame, handle };
}
