import type { RuleExamples } from "../../types.ts";

export const examples: Record<string, RuleExamples> = {};
