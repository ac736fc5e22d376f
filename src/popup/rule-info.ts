/**
 * A rule's message and rewrite by its id. The worker keeps only a summary of each finding
 * (rule, category, span, excerpt); the popup finds the rest in the installed catalog.
 */
import { ruleSpec } from "./engine.ts";

export interface RuleInfo {
  message: string;
  suggestion?: string;
}

export function ruleInfo(ruleId: string, lang = "en"): RuleInfo | undefined {
  return ruleSpec(ruleId, lang);
}
