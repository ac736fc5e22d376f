/**
 * review-change (P0, P6): asking a buyer to change, update, edit, revise,
 * reconsider, remove, delete or take down a review, rating or seller feedback.
 */
import type { RuleSpec } from "../../types.ts";

export const vocabulary = {
  "change-own-review": ["(?:your|the|that|this|my|our) ~2 {review-noun}"],
};

export const rules: readonly RuleSpec[] = [
  {
    id: "review-change/remove-review",
    category: "review-change",
    channels: ["message", "insert"],
    severity: "violation",
    message: "Asks the buyer to remove or delete a review.",
    pattern: ["{remove} ~4 {review-noun}"],
    span: [0, 1],
    suggestion: "",
  },
];
