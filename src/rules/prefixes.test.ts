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

  it.each(["\\$ ?\\d+", "[a-z]+ing", ".*", "(?:@|at) ?\\w+", "(?:review)?[^a]", "\\p{L}+"])("cannot pin %s", (source) => {
    expect(wordPrefixes(source)).toBeNull();
  });

  it("keeps only the shortest of nested prefixes", () => {
    expect(wordPrefixes("(?:get|gets|getting)")).toEqual(["get"]);
  });
});
