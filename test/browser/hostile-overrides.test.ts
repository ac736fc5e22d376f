/**
 * A page that patches the DOM in its own world: addEventListener drops listeners,
 * querySelector finds nothing, attachShadow throws, getBoundingClientRect lies, append and
 * appendChild do nothing, MutationObserver / ResizeObserver / requestAnimationFrame / timers
 * are stubs, getComputedStyle and CSSStyleSheet throw, a fake `chrome` global. The content
 * script's isolated world has its own copies of all of these: it keeps working (underlines at
 * the right place, the card opens) and the page sees no error from it. Checked through
 * puppeteer's own isolated world, since the page's world lies.
 */
import { describe, expect, it } from "vitest";
import { closeHostilePagesAfterEach, inOwnWorld, openHostile, waitForOverlayCount } from "./hostile-pages.ts";
import { expectedFindings, TEXTS } from "./suite.ts";
import { useBrowser } from "./harness.ts";

const browser = useBrowser();
closeHostilePagesAfterEach();

describe("a page that overrides addEventListener and Element.prototype methods", () => {
  it("the content script keeps working: findings at the engine's offsets over their text, the card on focus", async () => {
    const harness = browser();
    const page = await openHostile(harness, "overrides");
    // The page's patches are in force in its own world.
    expect(await page.evaluate(() => document.querySelector("#message"))).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { calls: Record<string, number> }).calls.querySelector ?? 0)).toBe(0);

    await inOwnWorld(page, () => (document.getElementById("message") as HTMLTextAreaElement).focus());
    await page.keyboard.type(TEXTS.two);
    await waitForOverlayCount(page, "[data-finding]", (n) => n === 2, "two findings");
    const shown = await inOwnWorld(page, () => {
      const root = document.querySelector("outreach-guard")!.shadowRoot!;
      const field = document.getElementById("message")!.getBoundingClientRect();
      return {
        value: (document.getElementById("message") as HTMLTextAreaElement).value,
        findings: [...root.querySelectorAll<HTMLElement>("[data-finding]")].map((el) => {
          const r = el.getBoundingClientRect();
          return { category: el.dataset.category, rule: el.dataset.rule, start: Number(el.dataset.start), end: Number(el.dataset.end), inside: r.width > 0 && r.left >= field.left && r.right <= field.right + 1 && r.top >= field.top && r.bottom <= field.bottom };
        }),
        count: root.querySelector("[data-count]")?.textContent,
      };
    });
    expect(shown.value).toBe(TEXTS.two);
    expect(shown.findings.map(({ inside: _, ...f }) => f)).toEqual(expectedFindings(TEXTS.two));
    expect(shown.findings.every((f) => f.inside)).toBe(true);
    expect(shown.count).toBe("2");

    // Keyboard focus on a finding opens its card (listeners in our shadow root, not the page's).
    await inOwnWorld(page, () => (document.querySelector("outreach-guard")!.shadowRoot!.querySelector("[data-finding]") as HTMLElement).focus());
    await waitForOverlayCount(page, "[data-card]:not([hidden])", (n) => n === 1, "the card open");
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
