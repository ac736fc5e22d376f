import { describe, expect, it } from "vitest";
import { cleanlinessProblems, readsCleanly } from "./reads-cleanly.ts";

describe("readsCleanly", () => {
  it.each([
    "Could you please leave an honest review now that it arrived?",
    "Thanks for your order! We hope you enjoy the kettle.",
    "Reply to this message if anything is wrong... we're here.",
    "Wow!! Really?! A useful tip: an hour of charging is enough.",
    "Dear Anna,\nThank you.",
    "Please leave a review (good or bad) on Amazon.",
    "Contact us.",
  ])("accepts %s", (text) => {
    expect(cleanlinessProblems(text)).toEqual([]);
  });

  it.each([
    ["Could you please  now that it arrived?", "double space"],
    ["Leave a review , thanks!", "space before punctuation"],
    ["Leave a review .", "space before punctuation"],
    ["Great, thanks ! See you.", "space before punctuation"],
    [" Thanks for your order.", "space at the edge of a line"],
    ["Thanks for your order. \nBye.", "space at the edge of a line"],
    ["Thanks,, see you.", "doubled punctuation"],
    ["Thanks, . See you.", "doubled punctuation"],
    ["Thanks. . See you.", "doubled punctuation"],
    ["Thanks., see you.", "doubled punctuation"],
    ["Thanks for your order. we hope you like it.", "sentence starting in lower case"],
    ["our tea is on Amazon!", "sentence starting in lower case"],
    ["Please. Thank you!", "empty leftover"],
    ["Thanks! Could you please?", "empty leftover"],
    ["Help us grow by.", "dangling"],
    ["Please leave a honest review.", "a/an"],
    ["Please leave an review.", "a/an"],
    ["Use code (and get 10% off.", "unbalanced"],
  ])("rejects %s (%s)", (text, kind) => {
    const problems = cleanlinessProblems(text);
    expect(problems.join("\n")).toContain(kind);
    expect(readsCleanly(text)).toBe(false);
  });

  it("counts only the problems a rewrite adds to the text before it", () => {
    const before = "pls leave a 5 star review!!! thank you very much my friend";
    expect(cleanlinessProblems("pls leave a review!!! thank you very much my friend", before)).toEqual([]);
    expect(cleanlinessProblems("pls leave a  review!!! thank you very much my friend", before)).not.toEqual([]);
    expect(readsCleanly("Thanks. we hope you like it.", "Thanks. Please rate 5 stars. we hope you like it.")).toBe(true);
    expect(readsCleanly("Thanks. we hope you like it.", "Thanks. We hope you like it.")).toBe(false);
  });
});
