/**
 * Shorthand for writing a category's rules: the id is prefixed with the category,
 * the channels are the category's own (categories.ts: contact and marketing are
 * message-only), the severity is "violation"; `defaults` adds what every rule of
 * the file shares.
 */
import { CATEGORIES } from "./categories.ts";
import type { CategoryId, RuleSpec } from "./types.ts";

type RuleFields = Partial<Omit<RuleSpec, "id" | "category" | "message">> & Pick<RuleSpec, "pattern">;

export function ruleMaker(category: CategoryId, defaults: Partial<RuleFields> = {}) {
  const channels = CATEGORIES.find((c) => c.id === category)?.channels ?? ["message", "insert"];
  return (name: string, message: string, spec: RuleFields): RuleSpec => ({
    id: `${category}/${name}`,
    category,
    channels,
    severity: "violation",
    message,
    ...defaults,
    ...spec,
  });
}
