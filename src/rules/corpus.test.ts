/**
 * The engine on labeled corpora. dev.jsonl is the shared development corpus (targets
 * 0.97 / 0.97 and category F1 0.90; this guard fails below 0.95 / 0.93 / 0.85).
 * challenge.jsonl, holdout.jsonl, probes.jsonl, fresh.jsonl and competitor.jsonl were written independently of the rules to
 * probe phrasings the dev corpus lacks; their guards are looser.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, parseCorpus } from "../cli/corpus.ts";
import { checkText } from "./engine.ts";
import { CATEGORY_IDS } from "./types.ts";

const CORPORA = [
  { file: "dev.jsonl", cases: 260, precision: 0.95, recall: 0.93, categoryF1: 0.85 },
  { file: "challenge.jsonl", cases: 200, precision: 0.95, recall: 0.9, categoryF1: 0.8 },
  // Written last, without seeing the rules; its first figures were 0.981 / 0.776. A regression floor only.
  { file: "holdout.jsonl", cases: 120, precision: 0.95, recall: 0.75, categoryF1: 0.5 },
  // 1,731 texts written on 2026-11-26 by writers who never saw the rules: 1,481 probes, most told
  // to avoid textbook phrasings, and 250 everyday compliant seller texts. The session's first engine
  // read them at 0.996 / 0.732; the rules were then fixed on them: a regression floor only.
  { file: "probes.jsonl", cases: 1731, precision: 0.97, recall: 0.97, categoryF1: 0.9 },
  // Realistic sets written on 2026-11-26 (sixth session) by writers who never saw the rules: M, N
  // and O (220, 200, 200 texts, about 40 % compliant near-misses) and Q (200 compliant texts). M
  // was fixed on in full; from N only the general fixes were kept; O was never used for fixing,
  // and its figures are the honest estimate for unseen text (0.962 / 0.855). A regression floor only.
  { file: "fresh.jsonl", cases: 820, precision: 0.97, recall: 0.89, categoryF1: 0.8 },
  // competitor-review, the weakest category on every fresh set: 70 violations and 40 compliant
  // near-misses from a writer who never saw the rules, read at 0.900 / 0.643 (the category's recall
  // 0.357). Fixes that took that recall to 0.54 caught none of O's misses and were not kept.
  { file: "competitor.jsonl", cases: 110, precision: 0.88, recall: 0.62, categoryF1: 0.35 },
];

for (const corpus of CORPORA) {
  const path = `test/corpus/${corpus.file}`;
  const cases = parseCorpus(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"), path);
  const result = evaluate(cases);

  describe(`engine on ${path}`, () => {
    it(`reads all ${corpus.cases} cases`, () => {
      expect(result.cases).toBe(corpus.cases);
    });

    it(`flags violations with precision ≥ ${corpus.precision} and recall ≥ ${corpus.recall}`, () => {
      expect(result.precision).toBeGreaterThanOrEqual(corpus.precision);
      expect(result.recall).toBeGreaterThanOrEqual(corpus.recall);
    });

    it.each(CATEGORY_IDS)(`reaches F1 ≥ ${corpus.categoryF1} on %s`, (id) => {
      expect(result.categories[id].f1).toBeGreaterThanOrEqual(corpus.categoryF1);
    });

    it("keeps every finding's excerpt equal to its span of the text, on both channels", () => {
      const wrong: string[] = [];
      for (const c of cases) {
        for (const channel of ["message", "insert"] as const) {
          for (const f of checkText(c.text, { channel })) {
            for (const span of [f, ...(f.related ?? [])]) {
              if (span.excerpt !== c.text.slice(span.start, span.end) || span.start >= span.end) wrong.push(`${c.id} ${f.ruleId}`);
            }
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  });
}
