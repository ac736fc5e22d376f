/** affiliated-review */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {};

export const rules: readonly RuleSpec[] = [];
