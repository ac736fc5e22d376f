import { describe, expect, it } from "vitest";
import { segment } from "./segment.ts";

const sentences = (text: string) => {
  const s = segment(text);
  return s.starts.map((start, i) => [text.slice(start, s.ends[i]), s.paragraph[i]]);
};

describe("segment", () => {
  it("splits at sentence punctuation and line breaks", () => {
    expect(sentences("Love it? Review us! Not happy? Call us.\nThanks")).toEqual([
      ["Love it?", 0],
      ["Review us!", 0],
      ["Not happy?", 0],
      ["Call us.", 0],
      ["Thanks", 0],
    ]);
  });

  it("counts paragraphs at blank lines", () => {
    expect(sentences("Hi Sam,\n\nFirst one. Second.\n \n\nLast")).toEqual([
      ["Hi Sam,", 0],
      ["First one.", 1],
      ["Second.", 1],
      ["Last", 2],
    ]);
  });

  it("keeps abbreviations, decimals and domains inside a sentence", () => {
    expect(sentences("Dear Mr. Novak, rated 4.6 on www.example.com today.")).toEqual([["Dear Mr. Novak, rated 4.6 on www.example.com today.", 0]]);
  });

  it("reads a single letter before a period as an initial", () => {
    expect(sentences("The review by J. Miller is fake. Flag it.")).toEqual([
      ["The review by J. Miller is fake.", 0],
      ["Flag it.", 0],
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(segment("  \n\n ").starts).toEqual([]);
  });
});
