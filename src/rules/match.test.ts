/**
 * The matcher tries an indexed term only where one of its prefixes starts a token,
 * and scans a term only in sentences holding its trigger. Both shortcuts must find
 * exactly what a plain scan of each sentence finds, for every term of the catalog,
 * on every corpus text and rule example.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "../cli/corpus.ts";
import { CATALOGS } from "./catalog.ts";
import { compiledCatalog, PreparedText } from "./engine.ts";
import { tokenHash } from "./match.ts";
import { examplesByLanguage } from "./examples.ts";
import type { CompiledTerm } from "./pattern.ts";
import { unmark } from "./rule-examples.ts";

function plainScan(term: CompiledTerm, text: string, from: number, to: number): Array<[number, number]> {
  const re = new RegExp(term.re.source, term.re.flags.replace("y", "").replace("g", "") + "g");
  const slice = text.slice(from, to);
  const pairs: Array<[number, number]> = [];
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0].length === 0) re.lastIndex++;
    else pairs.push([from + m.index, from + m.index + m[0].length]);
  }
  return pairs;
}

const corpusTexts = ["dev.jsonl", "challenge.jsonl", "holdout.jsonl"].flatMap((file) =>
  parseCorpus(readFileSync(new URL(`../../test/corpus/${file}`, import.meta.url), "utf8"), file).map((c) => c.text),
);

for (const catalog of Object.values(CATALOGS)) {
  const language = compiledCatalog(catalog.lang);
  const exampleTexts = Object.values(examplesByLanguage[catalog.lang] ?? {}).flatMap((e) => [...e.flags.map(unmark).map((u) => u.text), ...e.passes]);
  const texts = [...corpusTexts, ...exampleTexts, "Email me at j.doe+shop@mail.example.com or visit shop.example.co.uk/deal?x=1 today.", "Is it good? 4.5 stars, not 5. Call +1 (555) 234-5678."];

  describe(`${catalog.lang} matcher`, () => {
    it(`finds what a plain scan finds, for all ${language.terms.terms.length} terms on ${texts.length} texts`, () => {
      const differences: string[] = [];
      for (const text of texts) {
        const prepared = new PreparedText(text, language);
        const { matcher } = prepared;
        const { starts, ends } = matcher.segments;
        for (const term of language.terms.terms) {
          for (let s = 0; s < starts.length; s++) {
            const expected = plainScan(term, matcher.norm.text, starts[s], ends[s]);
            const actual = matcher.termMatches(term, s);
            if (JSON.stringify(actual) !== JSON.stringify(expected) && differences.length < 10) {
              differences.push(`${term.source.slice(0, 60)} in "${matcher.norm.text.slice(starts[s], ends[s])}": ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
            }
          }
        }
      }
      expect(differences).toEqual([]);
    });

    it("remembers each token's terms by its characters: listAt gives listOf's list, through the table's growth", () => {
      const words = [...new Set(texts.join(" ").toLowerCase().match(/[a-z0-9]+/g) ?? [])];
      // Made-up tokens too, so the table grows well past its first size and probes past taken slots.
      for (let i = 0; words.length < 6000; i++) words.push(`re${i.toString(36)}`, `pl${i}`, `${i}st`);
      const text = words.join(" ");
      const wrong: string[] = [];
      for (let round = 0; round < 2; round++) {
        let from = 0;
        for (const word of words) {
          const to = from + word.length;
          const listed = language.index.lists[Math.abs(language.index.listAt(text, from, to, tokenHash(text, from, to)))];
          if (listed.join() !== language.index.termsAt(word).join() && wrong.length < 5) wrong.push(`${word} (round ${round + 1})`);
          from = to + 1;
        }
      }
      expect(wrong).toEqual([]);
      // A head word comes back negated, so the matcher looks up the pair it starts; other tokens do not.
      const sign = (token: string) => Math.sign(language.index.listAt(token, 0, token.length, tokenHash(token, 0, token.length)));
      expect([sign("the"), sign("review"), sign("xyzzy")]).toEqual([-1, 1, 0]);
    });

    it("indexes at least 90% of the terms (tries them only at their prefixes)", () => {
      const indexed = language.terms.terms.filter((t) => t.prefixes !== null).length;
      expect(indexed / language.terms.terms.length).toBeGreaterThan(0.9);
    });
  });
}
