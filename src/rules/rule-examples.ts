/** Helpers for the rule examples: marked spans, and one rule run in isolation. */
import { compiledCatalog, PreparedText, runRule } from "./engine.ts";
import type { Finding } from "./types.ts";

/** "Please [[delete it]]" → text without marks and the marked spans. */
export function unmark(example: string): { text: string; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let text = "";
  let rest = example;
  for (;;) {
    const open = rest.indexOf("[[");
    if (open < 0) break;
    const close = rest.indexOf("]]", open);
    if (close < 0) break;
    text += rest.slice(0, open);
    const start = text.length;
    text += rest.slice(open + 2, close);
    spans.push([start, text.length]);
    rest = rest.slice(close + 2);
  }
  return { text: text + rest, spans };
}

/** Findings of one rule alone on a text. */
export function findingsOfRule(ruleId: string, text: string, lang = "en"): Finding[] {
  const catalog = compiledCatalog(lang);
  const rule = catalog.rules.find((r) => r.spec.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return runRule(new PreparedText(text, catalog), rule, catalog.exceptions);
}

/** The text after Apply: each span replaced by the suggestion (spans must not overlap). */
export function applySuggestion(text: string, edits: ReadonlyArray<{ start: number; end: number; suggestion: string }>): string {
  let out = text;
  for (const { start, end, suggestion } of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, start) + suggestion + out.slice(end);
  return out;
}

/**
 * A rule's suggestion applied to one of its `flags` examples, at the rule's own
 * findings on the marked spans: the rewritten text, or null when the rule has no
 * suggestion or does not flag a marked span.
 */
export function rewriteExample(ruleId: string, suggestion: string | undefined, example: string, lang = "en"): { before: string; after: string } | null {
  if (suggestion === undefined) return null;
  const { text, spans } = unmark(example);
  const found = findingsOfRule(ruleId, text, lang);
  const hits = spans.map(([s, e]) => found.find((f) => f.start === s && f.end === e));
  if (hits.length === 0 || hits.some((f) => f === undefined)) return null;
  // The finding's own rewrite: the rule's, in the case of the words it replaces.
  return { before: text, after: applySuggestion(text, hits.map((f) => ({ start: f!.start, end: f!.end, suggestion: f!.suggestion ?? suggestion }))) };
}
