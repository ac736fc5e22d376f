/**
 * A rule's message and rewrite by its id. The worker keeps only a summary of each finding
 * (rule, category, span, excerpt); the popup finds the rest in the catalog it carries anyway.
 */
import { CATALOGS } from "../rules/catalog.ts";

export interface RuleInfo {
  message: string;
  suggestion?: string;
}

let byId: Map<string, RuleInfo> | undefined;

export function ruleInfo(ruleId: string, lang = "en"): RuleInfo | undefined {
  if (!byId) {
    byId = new Map();
    for (const rule of (CATALOGS[lang] ?? CATALOGS.en).rules) byId.set(rule.id, { message: rule.message, suggestion: rule.suggestion });
  }
  return byId.get(ruleId);
}
