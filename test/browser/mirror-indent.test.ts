/**
 * A textarea's text-indent moves its first line only. The overlay's mirror keeps one block per
 * line and indents the block holding the first line; typing before it, and a new first line,
 * move that indent along. Each finding's box must lie over its characters on the right line.
 */
import type { ElementHandle, Page } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import { field, findings, settle, URLS, useBrowser, waitForFindings } from "./harness.ts";

const browser = useBrowser();
const FIELD = ".contact-buyer-text-area kat-textarea >>> textarea";
const INDENT = 40;
const ASK = "Please leave us a 5-star review.";

/** Where characters [start, end) sit in the textarea: their line, the indent on the first one. */
function expectedBox(handle: ElementHandle<Element>, start: number, end: number) {
  return handle.evaluate(
    (el, s, e, indent) => {
      const field = el as HTMLTextAreaElement;
      const style = getComputedStyle(field);
      const rect = field.getBoundingClientRect();
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const lineStart = field.value.lastIndexOf("\n", s - 1) + 1;
      const line = field.value.slice(0, s).split("\n").length - 1;
      const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
      const x0 = rect.left + Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.paddingLeft) + (line === 0 ? indent : 0);
      const top = rect.top + Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.paddingTop) + line * lineHeight;
      return { left: x0 + context.measureText(field.value.slice(lineStart, s)).width, right: x0 + context.measureText(field.value.slice(lineStart, e)).width, top, bottom: top + lineHeight };
    },
    start,
    end,
    INDENT,
  );
}

async function expectOnText(page: Page, handle: ElementHandle<Element>, count: number): Promise<void> {
  let problems: string[] = [];
  for (let attempt = 0; attempt < 30; attempt++) {
    const shown = await waitForFindings(page, count);
    problems = [];
    for (const f of shown) {
      const want = await expectedBox(handle, f.start, f.end);
      if (Math.abs(f.rect.left - want.left) > 4 || Math.abs(f.rect.right - want.right) > 6) problems.push(`[${f.start},${f.end}) x ${f.rect.left.toFixed(1)}..${f.rect.right.toFixed(1)}, text ${want.left.toFixed(1)}..${want.right.toFixed(1)}`);
      if (f.rect.bottom < want.top || f.rect.top > want.bottom + 4) problems.push(`[${f.start},${f.end}) y ${f.rect.top.toFixed(1)}..${f.rect.bottom.toFixed(1)}, text ${want.top.toFixed(1)}..${want.bottom.toFixed(1)}`);
    }
    if (problems.length === 0) return;
    await settle(page);
  }
  throw new Error(`boxes off their text: ${problems.join("; ")}`);
}

describe("a field with text-indent", () => {
  it("indents the first line's underlines only, also after typing before them and after a new first line", async () => {
    const harness = browser();
    const page = await harness.open(URLS.contactBuyer);
    const handle = await field(page, FIELD);
    await handle.evaluate((el) => {
      (el as HTMLElement).style.textIndent = "40px";
      (el as HTMLElement).style.whiteSpace = "pre";
    });
    await handle.focus();
    await page.keyboard.type(ASK);
    await page.keyboard.press("Enter");
    await page.keyboard.type(ASK);
    await expectOnText(page, handle, 2);

    // Typing at the very start changes the first line's block.
    await handle.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(0, 0));
    await page.keyboard.type("Hi. ");
    await expectOnText(page, handle, 2);

    // A new first line: the block that held it is the second line now, and loses the indent.
    await handle.evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(0, 0));
    await page.keyboard.press("Enter");
    await expectOnText(page, handle, 2);
    expect((await findings(page)).length).toBe(2);
    expect(harness.pageErrors).toEqual([]);
  });
});
