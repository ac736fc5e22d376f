/** Labeled corpus files (JSON Lines, LABELING.md) and the figures the engine reaches on them. */
import { z } from "zod";
import { checkText } from "../rules/engine.ts";
import { CATEGORY_IDS, type CategoryId, type Finding } from "../rules/types.ts";

const CaseSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  channel: z.enum(["message", "insert"]),
  label: z.enum(["violation", "ok"]),
  categories: z.array(z.enum(CATEGORY_IDS)),
  note: z.string().optional(),
  lang: z.string().optional(),
});

export type CorpusCase = z.infer<typeof CaseSchema>;

export class CorpusError extends Error {
  override name = "CorpusError";
}

/** Parses JSON Lines; a bad line throws a CorpusError that names it. */
export function parseCorpus(source: string, name = "corpus"): CorpusCase[] {
  const cases: CorpusCase[] = [];
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new CorpusError(`${name}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = CaseSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CorpusError(`${name}:${index + 1}: ${issue.path.join(".") || "case"}: ${issue.message}`);
    }
    const c = parsed.data;
    if ((c.label === "violation") !== c.categories.length > 0) {
      throw new CorpusError(`${name}:${index + 1}: label "${c.label}" does not agree with categories [${c.categories.join(", ")}]`);
    }
    cases.push(c);
  });
  return cases;
}

export interface CategoryScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Evaluation {
  cases: number;
  precision: number;
  recall: number;
  f1: number;
  categories: Record<CategoryId, CategoryScore>;
  misses: string[];
  falseAlarms: string[];
  /** Per case: categories found, for reports. */
  details: Array<{ id: string; expected: CategoryId[]; found: CategoryId[] }>;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const f1Of = (p: number | null, r: number | null): number | null => (p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function violationCategories(findings: readonly Finding[]): CategoryId[] {
  return [...new Set(findings.filter((f) => f.severity === "violation").map((f) => f.category))].sort();
}

export function evaluate(cases: readonly CorpusCase[]): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perCategory = Object.fromEntries(CATEGORY_IDS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<CategoryId, { tp: number; fp: number; fn: number }>;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const details: Evaluation["details"] = [];
  for (const c of cases) {
    const found = violationCategories(checkText(c.text, { channel: c.channel, lang: c.lang }));
    const expected = [...c.categories].sort();
    details.push({ id: c.id, expected, found });
    const flagged = found.length > 0;
    const labeled = c.label === "violation";
    if (flagged && labeled) tp++;
    else if (flagged) fp++;
    else if (labeled) fn++;
    for (const cat of CATEGORY_IDS) {
      const e = expected.includes(cat);
      const f = found.includes(cat);
      if (e && f) perCategory[cat].tp++;
      else if (f) perCategory[cat].fp++;
      else if (e) perCategory[cat].fn++;
    }
    if (expected.some((x) => !found.includes(x))) misses.push(c.id);
    if (found.some((x) => !expected.includes(x))) falseAlarms.push(c.id);
  }
  const precision = ratio(tp, tp + fp) ?? 1;
  const recall = ratio(tp, tp + fn) ?? 1;
  const categories = {} as Record<CategoryId, CategoryScore>;
  for (const cat of CATEGORY_IDS) {
    const s = perCategory[cat];
    const p = ratio(s.tp, s.tp + s.fp);
    const r = ratio(s.tp, s.tp + s.fn);
    categories[cat] = { ...s, precision: p, recall: r, f1: s.tp + s.fn === 0 ? null : (f1Of(p ?? 0, r) ?? 0) };
  }
  return { cases: cases.length, precision, recall, f1: f1Of(precision, recall) ?? 0, categories, misses, falseAlarms, details };
}
