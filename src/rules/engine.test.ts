import { describe, expect, it } from "vitest";
import { matchCase, withOneSpace } from "./check.ts";
import { checkText } from "./engine.ts";
import type { Finding } from "./types.ts";

const categories = (findings: Finding[]) => [...new Set(findings.map((f) => f.category))].sort();

describe("checkText", () => {
  it("returns nothing for empty or harmless text", () => {
    expect(checkText("", { channel: "message" })).toEqual([]);
    expect(checkText("Your order ships tomorrow.", { channel: "insert" })).toEqual([]);
  });

  it("needs a channel and a string, and says so", () => {
    // @ts-expect-error: testing bad input from untyped callers
    expect(() => checkText("Delete your review", {})).toThrow(/channel/);
    // @ts-expect-error: testing bad input from untyped callers
    expect(() => checkText(null, { channel: "message" })).toThrow(/string/);
    // @ts-expect-error: testing bad input from untyped callers
    expect(() => checkText("x", { channel: "message", categories: ["nope"] })).toThrow(/unknown category/);
  });

  it("says which languages it covers when asked for another", () => {
    expect(() => checkText("Bitte ändern Sie Ihre Bewertung", { channel: "message", lang: "de" })).toThrow(/no rules for language "de".*en/);
  });

  it("reports spans in the original text, also behind obfuscation", () => {
    const texts = [
      "Could you please d\u200belete your r.e.v.i.e.w now that it's fixed?",
      "Please REMOVE your 1-star RE VIEW today.",
      "Hi 😀 please\u00a0delete the ★☆☆☆☆ review, thanks",
    ];
    for (const text of texts) {
      const findings = checkText(text, { channel: "message" });
      expect(findings.length, text).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.excerpt).toBe(text.slice(f.start, f.end));
        for (const r of f.related ?? []) expect(r.excerpt).toBe(text.slice(r.start, r.end));
      }
    }
  });

  it("sorts findings by start, end and rule, one per category and span", () => {
    const text =
      "Please delete your review. Leave a 5-star review and get a $20 gift card! Email me at deals@example.com or DM us on Instagram @deals. If you love it, review it; if not, contact us first.";
    const findings = checkText(text, { channel: "message" });
    const keys = findings.map((f) => `${f.category}|${f.start}|${f.end}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    expect(findings).toEqual(sorted);
    const overlapping = findings.filter((f) => findings.some((o) => o !== f && o.category === f.category && o.start < f.end && f.start < o.end));
    expect(overlapping).toEqual([]);
  });

  it("limits the check to the categories asked for", () => {
    const text = "Leave a 5-star review and get a $20 gift card! Please delete your old review.";
    const all = categories(checkText(text, { channel: "message" }));
    expect(all).toEqual(expect.arrayContaining(["review-change", "review-incentive"]));
    expect(categories(checkText(text, { channel: "message", categories: ["review-change"] }))).toEqual(["review-change"]);
  });

  it("keeps contact and marketing rules to messages", () => {
    const text = "Questions? Email us at help@example.com. Use code SAVE20 for 20% off your next order.";
    expect(categories(checkText(text, { channel: "message" }))).toEqual(["marketing", "off-amazon-contact"]);
    expect(checkText(text, { channel: "insert" })).toEqual([]);
  });

  it("is deterministic", () => {
    const text = "If you love it, please leave us a five star review! If not, email me at a@b.co before reviewing.";
    expect(checkText(text, { channel: "message" })).toEqual(checkText(text, { channel: "message" }));
  });
});

describe("rewrites", () => {
  it("a deletion takes one neighbouring space along, so no double space is left", () => {
    const text = "Please leave a 5-star review today.";
    const at = text.indexOf("5-star");
    expect(withOneSpace(text, { start: at, end: at + 6, excerpt: "5-star" })).toEqual({ start: at, end: at + 7, excerpt: "5-star " });
    const tail = "Thanks for your order, and get a gift card.";
    const t = tail.indexOf(" and get");
    expect(withOneSpace(tail, { start: t + 1, end: tail.length - 1, excerpt: tail.slice(t + 1, -1) }).excerpt).toBe(" and get a gift card");
    // Between two words with no space to spare on either side: left alone.
    expect(withOneSpace("a-b", { start: 1, end: 2, excerpt: "-" })).toEqual({ start: 1, end: 2, excerpt: "-" });
  });

  it("a rewrite follows the case of the words it replaces", () => {
    const at = (text: string, excerpt: string) => ({ start: text.indexOf(excerpt), end: text.indexOf(excerpt) + excerpt.length, excerpt });
    const caseOf = (text: string, excerpt: string) => matchCase("reply to this message", text, at(text, excerpt));
    expect(caseOf("Thanks! Call us today.", "Call us")).toBe("Reply to this message");
    expect(caseOf("Call us today.", "Call us")).toBe("Reply to this message");
    expect(caseOf("Kindly DM us on Instagram.", "DM us on Instagram")).toBe("reply to this message");
    expect(caseOf("PLEASE TEXT ME NOW", "TEXT ME")).toBe("REPLY TO THIS MESSAGE");
    expect(caseOf("please call us", "call us")).toBe("reply to this message");
    // A line of its own starts a sentence too, also after a closing quote or bracket.
    expect(caseOf("Hi Sam\nCall us today.", "Call us")).toBe("Reply to this message");
    expect(caseOf('He said "thanks." Call us today.', "Call us")).toBe("Reply to this message");
    expect(caseOf("Mr Call us", "Call us")).toBe("reply to this message");
    expect(matchCase("", "Call us", { start: 0, end: 7, excerpt: "Call us" })).toBe("");
  });
});
