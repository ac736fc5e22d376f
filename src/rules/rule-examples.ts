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
