import { describe, expect, it } from "vitest";
import { wordPrefixes } from "./prefixes.ts";

describe("wordPrefixes", () => {
  it.each([
    ["(?:reviews?|ratings?)", ["rating", "review"]],
    ["refund(?:s|ed)?", ["refund"]],
    ["gift ?cards?", ["gift"]],
    ["(?:we'll|we will) send", ["we"]],
    ["\\d stars?", ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]],
    ["(?<!not )happy", ["happy"]],
    ["[ab]c", ["ac", "bc"]],
    ["take (?:it )?down", ["take"]],
    ["(?:review)?s", ["reviews", "s"]],
  ])("%s starts with %j", (source, expected) => {
    expect(wordPrefixes(source)?.sort()).toEqual(expected.sort());
  });

  it.each([
    ["\\$ ?\\d+", ["$"]],
    ["(?:@|at) ?\\w+", ["@", "at"]],
    ["[a-z]+ing", "abcdefghijklmnopqrstuvwxyz".split("")],
    ["\\w{2,}", "abcdefghijklmnopqrstuvwxyz0123456789_".split("")],
  ])("a symbol or a letter class starts %s", (source, expected) => {
    expect(wordPrefixes(source)?.sort()).toEqual([...expected].sort());
  });

  it("cuts a large set to shorter prefixes", () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${String(i).padStart(3, "0")}x`);
    const prefixes = wordPrefixes(`(?:${words.join("|")})`) ?? [];
    expect(prefixes.length).toBeLessThanOrEqual(96);
    for (const w of words) expect(prefixes.some((p) => w.startsWith(p))).toBe(true);
  });

  it.each([".*", "(?:review)?[^a]", "\\p{L}+", " x", "(?:x|\\s)"])("cannot pin %s", (source) => {
    expect(wordPrefixes(source)).toBeNull();
  });

  it("keeps only the shortest of nested prefixes", () => {
    expect(wordPrefixes("(?:get|gets|getting)")).toEqual(["get"]);
  });
});
