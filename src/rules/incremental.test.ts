import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "../cli/corpus.ts";
import { checkWith } from "./check.ts";
import { compiledCatalog } from "./engine.ts";
import { IncrementalChecker, groupStarts } from "./incremental.ts";
import type { Channel } from "./types.ts";

const corpus = parseCorpus(readFileSync(new URL("../../test/corpus/dev.jsonl", import.meta.url), "utf8"), "dev.jsonl");
const catalog = compiledCatalog("en");
const CHANNELS: Channel[] = ["message", "insert"];
const BREAKS = ["\n\n", "\n \n", "\n\n\n", "\n\t\n\n", "\n"];

/** Several corpus texts as one draft: gating halves and their second parts land in different paragraphs. */
function draft(ids: number[], breaks: number[]): string {
  return ids.map((id, i) => corpus[id % corpus.length].text + (i < ids.length - 1 ? BREAKS[breaks[i % breaks.length] % BREAKS.length] : "")).join("");
}

describe("incremental checking", () => {
  it("cuts a text only after a blank line, and typing in one paragraph moves no cut but its own", () => {
    const paragraphs = corpus.slice(0, 40).map((c) => c.text.replace(/\n[ \t]*\n/g, "\n"));
    const text = paragraphs.join("\n\n");
    const starts = groupStarts(text);
    expect(starts[0]).toBe(0);
    expect(starts.length).toBeGreaterThan(5);
    expect(starts.length).toBeLessThan(40);
    for (const at of starts.slice(1)) expect(text.slice(at - 2, at)).toBe("\n\n");
    // An edit in paragraph 10 leaves every cut before it and every cut after paragraph 11 where it was.
    const edited = [...paragraphs.slice(0, 10), `${paragraphs[10]} and one more word`, ...paragraphs.slice(11)].join("\n\n");
    const shift = edited.length - text.length;
    const tenth = text.indexOf(paragraphs[10]);
    const after = text.indexOf(paragraphs[12]);
    expect(groupStarts(edited).filter((s) => s <= tenth)).toEqual(starts.filter((s) => s <= tenth));
    expect(groupStarts(edited).filter((s) => s >= after + shift)).toEqual(starts.filter((s) => s >= after).map((s) => s + shift));
    expect(groupStarts("one")).toEqual([0]);
    expect(groupStarts("a\n\n")).toEqual([0]);
  });

  it("finds exactly what a whole-text check finds in every corpus text", () => {
    for (const c of corpus) {
      const checker = new IncrementalChecker();
      for (const channel of CHANNELS) expect(checker.check(catalog, c.text, { channel })).toEqual(checkWith(catalog, c.text, { channel }));
    }
  });

  it("finds exactly what a whole-text check finds in drafts of many paragraphs, categories limited or not", () => {
    const checker = new IncrementalChecker();
    let paragraphsWithFindings = 0;
    for (let i = 0; i < 120; i++) {
      const ids = Array.from({ length: 2 + (i % 5) }, (_, k) => i * 7 + k * 13);
      const text = draft(ids, [i, i + 1, i + 2, i + 3]);
      const categories = i % 4 === 0 ? (["review-gating", "review-incentive"] as const) : undefined;
      for (const channel of CHANNELS) {
        const whole = checkWith(catalog, text, { channel, categories: categories && [...categories] });
        expect(checker.check(catalog, text, { channel, categories: categories && [...categories] })).toEqual(whole);
        paragraphsWithFindings += whole.some((f) => f.related) ? 1 : 0;
      }
    }
    // The drafts do exercise two-part rules, whose halves are joined across paragraphs.
    expect(paragraphsWithFindings).toBeGreaterThan(10);
  });

  it("stays exact while a draft is typed, cut and pasted into, one check per edit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 2, maxLength: 6 }),
        fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom("", "x", " ", ".", "\n", "\n\n", "please leave a 5-star review", "if you are not happy, contact us first") }), {
          minLength: 1,
          maxLength: 25,
        }),
        (ids, edits) => {
          const checker = new IncrementalChecker();
          let text = draft(ids, ids);
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            expect(checker.check(catalog, text, { channel: "message" })).toEqual(checkWith(catalog, text, { channel: "message" }));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
