/**
 * A page with a stricter Content-Security-Policy than Seller Central's: no style source at all,
 * only the page's nonce-bearing script, Trusted Types required for every HTML sink. The overlay's
 * styles still apply (its stylesheet is constructed and adopted, not a <style> or style
 * attribute the policy governs) and nothing we do is reported as a violation.
 */
import { describe, expect, it } from "vitest";
import { closeHostilePagesAfterEach, openHostile } from "./hostile-pages.ts";
import { field, hoverFinding, readCard, typeInto, useBrowser, waitForFindings } from "./harness.ts";
import { TEXTS } from "./suite.ts";

const browser = useBrowser();
closeHostilePagesAfterEach();

describe("a page with a strict CSP (style-src 'none', Trusted Types)", () => {
  it("underlines, badge and card keep their styles; no policy violation", async () => {
    const harness = browser();
    const page = await openHostile(harness, "csp");
    // The policy is in force: the page itself cannot add an inline style.
    expect(
      await page.evaluate(() => {
        const probe = document.createElement("div");
        document.body.append(probe);
        const style = document.createElement("style");
        style.textContent = "div { color: rgb(1, 2, 3) }";
        document.head.append(style);
        const blocked = getComputedStyle(probe).color !== "rgb(1, 2, 3)";
        style.remove();
        probe.remove();
        return blocked;
      }),
    ).toBe(true);
    // The browser reports the blocked probe on the console: wait for that report, then start clean.
    await expect.poll(() => harness.pageErrors.some((e) => e.includes("style-src 'none'")), { interval: 20 }).toBe(true);
    harness.pageErrors.length = 0;
    await page.evaluate(() => ((window as unknown as { violations: string[] }).violations.length = 0));

    await typeInto(page, await field(page, "#message"), TEXTS.positive);
    const [shown] = await waitForFindings(page, 1);
    const styles = await page.evaluate(() => {
      const host = document.querySelector("outreach-guard")!;
      const root = host.shadowRoot!;
      const box = root.querySelector("[data-finding] .box")!;
      const count = root.querySelector("[data-count]")!;
      const b = getComputedStyle(box);
      const h = getComputedStyle(host);
      const c = getComputedStyle(count);
      return {
        host: { position: h.position, zIndex: h.zIndex, pointerEvents: h.pointerEvents },
        box: { position: b.position, borderBottom: `${b.borderBottomWidth} ${b.borderBottomStyle} ${b.borderBottomColor}` },
        count: { background: c.backgroundColor, color: c.color, radius: c.borderTopLeftRadius },
      };
    });
    expect(styles).toEqual({
      host: { position: "fixed", zIndex: "2147483647", pointerEvents: "none" },
      box: { position: "absolute", borderBottom: "2px solid rgb(217, 48, 37)" },
      count: { background: "rgb(217, 48, 37)", color: "rgb(255, 255, 255)", radius: "8px" },
    });
    expect(shown.rect.width).toBeGreaterThan(0);

    // The card opens on hover, styled.
    await hoverFinding(page, page, shown);
    await readCard(page);
    const card = await page.evaluate(() => {
      const el = document.querySelector("outreach-guard")!.shadowRoot!.querySelector("[data-card]")!;
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, radius: s.borderTopLeftRadius, width: s.width };
    });
    expect(card).toEqual({ background: "rgb(255, 255, 255)", radius: "8px", width: "340px" });

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
    expect(harness.foreignRequests).toEqual([]);
  });
});
