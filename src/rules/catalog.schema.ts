/**
 * The catalog's schema, checked at build and test time only (full zod stays out
 * of the extension). Beyond shape: every pattern compiles, ids are unique and
 * prefixed with their category, message-only categories stay on messages, and
 * every rule has both kinds of examples.
 */
import { z } from "zod";
import { CATEGORIES } from "./categories.ts";
import { compileCatalog } from "./engine.ts";
import { TEXTS } from "./texts.ts";
import { CATEGORY_IDS, type LanguageCatalog, type RuleExamples } from "./types.ts";

const PatternList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, "id must look like category/rule-name"),
    category: z.enum(CATEGORY_IDS),
    channels: z.array(z.enum(["message", "insert"])).min(1),
    severity: z.enum(["violation", "advice"]),
    message: z.string().min(10),
    pattern: PatternList,
    span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
    also: z.array(z.string().min(1)).optional(),
    near: z.object({ pattern: PatternList, scope: z.union([z.enum(["sentence", "paragraph", "text"]), z.number().int().min(0)]) }).optional(),
    unless: z.array(z.string().min(1)).optional(),
    sharedExceptions: z.boolean().optional(),
    suggestion: z.string().optional(),
  })
  .strict();

export const ExamplesSchema = z.object({ flags: z.array(z.string().min(1)), passes: z.array(z.string().min(1)) }).strict();

const CategoryTextSchema = z.object({
  title: z.string().min(5),
  policy: z.string().min(20),
  policyRef: z.string().min(2),
  why: z.string().min(20),
  fix: z.string().min(10),
});

export function validateCatalog(catalog: LanguageCatalog, examples: Readonly<Record<string, RuleExamples>>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const rule of catalog.rules) {
    const parsed = RuleSchema.safeParse(rule);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`rule ${rule.id ?? "?"}: ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    if (ids.has(rule.id)) problems.push(`rule ${rule.id}: duplicate id`);
    ids.add(rule.id);
    if (!rule.id.startsWith(`${rule.category}/`)) problems.push(`rule ${rule.id}: id must start with its category "${rule.category}/"`);
    const allowed = CATEGORIES.find((c) => c.id === rule.category)?.channels ?? [];
    for (const ch of rule.channels) if (!allowed.includes(ch)) problems.push(`rule ${rule.id}: category ${rule.category} does not apply to channel ${ch}`);
    const ex = examples[rule.id];
    if (!ex) problems.push(`rule ${rule.id}: has no examples`);
    else {
      const parsedEx = ExamplesSchema.safeParse(ex);
      if (!parsedEx.success) problems.push(`rule ${rule.id}: examples: ${parsedEx.error.issues[0].message}`);
      else {
        if (ex.flags.length === 0) problems.push(`rule ${rule.id}: needs at least one "flags" example`);
        if (ex.passes.length === 0) problems.push(`rule ${rule.id}: needs at least one "passes" example`);
        for (const f of ex.flags) if (!/\[\[[^\]]+\]\]/.test(f)) problems.push(`rule ${rule.id}: flags example without a [[marked span]]: ${f}`);
      }
    }
  }
  for (const id of Object.keys(examples)) if (!ids.has(id)) problems.push(`examples for unknown rule ${id}`);
  for (const id of CATEGORY_IDS) {
    const parsed = CategoryTextSchema.safeParse(TEXTS[catalog.lang]?.categories[id]);
    if (!parsed.success) problems.push(`category ${id}: texts missing or too short`);
  }
  const compiled = compileCatalog(catalog);
  problems.push(...compiled.problems);
  // Checked here, not when the page compiles the catalog: testing compiles every expression at once.
  for (const term of compiled.terms.terms) {
    term.re.lastIndex = 0;
    if (term.re.test("")) problems.push(`term "${term.source.slice(0, 80)}" matches the empty string`);
  }
  return problems;
}
