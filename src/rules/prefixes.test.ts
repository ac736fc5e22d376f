import { describe, expect, it } from "vitest";
import { wordPrefixes } from "./prefixes.ts";

describe("wordPrefixes", () => {
  it.each([
    ["(?:reviews?|ratings?)", ["rating$", "ratings$", "review$", "reviews$"]],
    ["refund(?:s|ed)?", ["refund$", "refunded$", "refunds$"]],
    ["gift ?cards?", ["gift$", "giftcard"]],
    ["(?:we'll|we will) send", ["we$"]],
    ["\\d stars?", ["0$", "1$", "2$", "3$", "4$", "5$", "6$", "7$", "8$", "9$"]],
    ["(?<!not )happy", ["happy$"]],
    ["[ab]c", ["ac$", "bc$"]],
    ["take (?:it )?down", ["take$"]],
    ["(?:review)?s", ["reviews$", "s$"]],
    // A common word is indexed with the word after it: "a dm", not every "a".
    ["an? (?:dm|direct message)", ["a direc", "a dm$", "an direc", "an dm$"]],
    ["(?:our|the) (?:trusted )?partners?", ["our partn", "our trust", "the partn", "the trust"]],
    ["(?:can|could) you", ["can you$", "could$"]],
    // When the next word is not pinned down, or the word may stand alone, the word alone.
    ["the [a-z]+ review", ["the$"]],
    ["(?:the|a) (?:\\$\\d+|gift)", ["a$", "the$"]],
    ["the|the review", ["the$"]],
    ["revie(?:w|ws|wed)?\\b", ["revie$", "review$", "reviews$", "reviewed$"]],
    ["(?:get|getting)(?:[a-z]+)?", ["get"]],
  ])("%s starts with %j", (source, expected) => {
    expect(wordPrefixes(source)?.sort()).toEqual(expected.sort());
  });

  it.each([
    ["\\$ ?\\d+", ["$"]],
    ["(?:@|at)\\w+", ["@", "at"]],
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

  it("keeps only the shortest of nested prefixes; a whole word covers nothing longer", () => {
    expect(wordPrefixes("(?:get|gets|getting)")).toEqual(["get$", "gets$", "getting$"]);
    expect(wordPrefixes("get\\w*")).toEqual(["get"]);
    expect(wordPrefixes("(?:get[a-z]{0,3}|getting)")).not.toContain("getting$");
  });
});
