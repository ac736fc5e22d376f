import { describe, expect, it } from "vitest";
import { hashText, IgnoreList, ignoreKey, normalizeExcerpt } from "./ignore-list.ts";

describe("ignore list", () => {
  it("normalizes case, width and spacing", () => {
    expect(normalizeExcerpt("  Leave\u00a0US  ５ Stars\n")).toBe("leave us 5 stars");
  });

  it("hashes to 16 hex digits, deterministically, and tells texts apart", () => {
    expect(hashText("abc")).toMatch(/^[0-9a-f]{16}$/);
    expect(hashText("abc")).toBe(hashText("abc"));
    expect(hashText("abc")).not.toBe(hashText("abd"));
    expect(hashText("")).not.toBe(hashText("\u0000"));
  });

  it("keys on rule and normalized excerpt", () => {
    expect(ignoreKey("r/a", "Five Stars")).toBe(ignoreKey("r/a", "five  stars"));
    expect(ignoreKey("r/a", "five stars")).not.toBe(ignoreKey("r/b", "five stars"));
  });

  it("remembers only hashes, never the text", () => {
    const list = new IgnoreList();
    const finding = { ruleId: "positive-review-request/five-stars", excerpt: "leave us 5 stars" };
    expect(list.has(finding)).toBe(false);
    list.add(finding);
    expect(list.has({ ...finding, excerpt: "Leave us 5 STARS" })).toBe(true);
    expect(list.has({ ...finding, ruleId: "other" })).toBe(false);
    expect(JSON.stringify(list.hashes())).not.toContain("stars");
  });
});
