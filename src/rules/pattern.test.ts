import { describe, expect, it } from "vitest";
import { nonCapturing, TermTable } from "./pattern.ts";

describe("nonCapturing", () => {
  it.each([
    ["(a|b) c", "(?:a|b) c"],
    ["((a|b)c)?", "(?:(?:a|b)c)?"],
    ["(?<!not )(happy|glad)", "(?<!not )(?:happy|glad)"],
    ["(?=x)(?!y)(?:z)", "(?=x)(?!y)(?:z)"],
    ["\\(dot\\)|[(]at[)]", "\\(dot\\)|[(]at[)]"],
    ["[\\](](x)", "[\\](](?:x)"],
  ])("%s reads as %s", (source, expected) => {
    expect(nonCapturing(source)).toBe(expected);
  });

  it("leaves terms without capture groups, so a match never carries groups", () => {
    const table = new TermTable({ verb: ["(leave|write)"] });
    const term = table.term("{verb} (us )?a review");
    expect(term.re.exec("leave us a review")?.length).toBe(1);
  });
});

describe("vocabulary classes", () => {
  it("refuse a word gap, which would be matched as the literal text", () => {
    const table = new TermTable({ reward: ["gift", "cover (what|whatever) ~2 costs?"] });
    expect(() => table.pattern("{reward} ~4 review")).toThrow(/vocabulary \{reward\} holds a word gap/);
  });

  it("sit in one term, and so does a top-level | of a pattern with several terms: the compiler refuses it", () => {
    const table = new TermTable({});
    expect(() => table.pattern("we ~2 working|than")).toThrow(/top-level "\|"/);
    expect(() => table.pattern("(we|i) ~2 (working|trying)")).not.toThrow();
    expect(() => table.pattern("ours|theirs")).not.toThrow();
    expect(() => table.pattern("[|] ~1 review")).not.toThrow();
  });

  it("refuse an unknown class", () => {
    const table = new TermTable({});
    expect(() => table.pattern("{nothing} ~4 review")).toThrow(/unknown vocabulary \{nothing\}/);
  });
});
