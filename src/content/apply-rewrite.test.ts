import { describe, expect, it } from "vitest";
import { applyRewrite, REASONS, type RewriteTarget } from "./apply-rewrite.ts";

/** A field that behaves like a textarea, or refuses edits like a locked-down page. */
function fakeField(initial: string, accepts = true) {
  let text = initial;
  let sel: [number, number] = [0, 0];
  const calls: string[] = [];
  const target: RewriteTarget = {
    read: () => text,
    focus: () => calls.push("focus"),
    select: (s, e) => {
      sel = [s, e];
      calls.push(`select ${s}-${e}`);
      return true;
    },
    exec: (command, value = "") => {
      calls.push(command);
      if (!accepts) return false;
      text = text.slice(0, sel[0]) + value + text.slice(sel[1]);
      return true;
    },
  };
  return { target, calls, text: () => text };
}

const span = (text: string, excerpt: string) => {
  const start = text.indexOf(excerpt);
  return { start, end: start + excerpt.length, excerpt };
};

describe("applyRewrite", () => {
  it("focuses, selects exactly the span and inserts the suggestion", () => {
    const text = "Thanks! Please leave us 5 stars today.";
    const f = fakeField(text);
    const result = applyRewrite(f.target, span(text, "leave us 5 stars"), "leave an honest review");
    expect(result).toEqual({ ok: true, text: "Thanks! Please leave an honest review today." });
    expect(f.calls).toEqual(["focus", "select 15-31", "insertText"]);
  });

  it("deletes the span for an empty suggestion", () => {
    const text = "Hi. Visit shop.example.com now.";
    const f = fakeField(text);
    expect(applyRewrite(f.target, span(text, "Visit shop.example.com now."), "").ok).toBe(true);
    expect(f.text()).toBe("Hi. ");
    expect(f.calls).toContain("delete");
  });

  it("refuses without a suggestion and touches nothing", () => {
    const f = fakeField("abc");
    expect(applyRewrite(f.target, span("abc", "b"), undefined)).toEqual({ ok: false, reason: REASONS.noSuggestion });
    expect(f.calls).toEqual([]);
  });

  it("refuses when the text moved since the check", () => {
    const f = fakeField("xx leave us 5 stars");
    expect(applyRewrite(f.target, { start: 0, end: 5, excerpt: "leave" }, "y")).toEqual({ ok: false, reason: REASONS.stale });
    expect(f.calls).toEqual([]);
  });

  it("reports a field that did not take the edit and leaves its text alone", () => {
    const f = fakeField("please leave 5 stars", false);
    expect(applyRewrite(f.target, span("please leave 5 stars", "5 stars"), "a review")).toEqual({
      ok: false,
      reason: REASONS.refused,
    });
    expect(f.text()).toBe("please leave 5 stars");
  });

  it("treats non-breaking spaces from editors as spaces", () => {
    const f = fakeField("a\u00a0b c");
    expect(applyRewrite(f.target, { start: 0, end: 3, excerpt: "a b" }, "x").ok).toBe(true);
  });
});
