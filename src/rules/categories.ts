/**
 * Language-neutral facts about the categories and the policy checklist: which
 * policy items each category enforces, which channels it applies to, and the
 * policy items no text can show. Texts live per language (en/categories.ts).
 */
import type { CategoryId, Channel } from "./types.ts";

export interface CategoryInfo {
  id: CategoryId;
  /** Policy items (LABELING.md numbering): P0–P10, C1–C2. */
  policy: readonly string[];
  /** Channels the category applies to; off-Amazon contact and marketing are message-only. */
  channels: readonly Channel[];
}

const BOTH: readonly Channel[] = ["message", "insert"];

export const CATEGORIES: readonly CategoryInfo[] = [
  { id: "review-change", policy: ["P0", "P6"], channels: BOTH },
  { id: "review-incentive", policy: ["P2", "P3", "P4", "P9"], channels: BOTH },
  { id: "positive-review-request", policy: ["P9"], channels: BOTH },
  { id: "review-gating", policy: ["P7"], channels: BOTH },
  { id: "affiliated-review", policy: ["P1", "P5"], channels: BOTH },
  { id: "competitor-review", policy: ["P1", "P2", "P5"], channels: BOTH },
  { id: "review-service", policy: ["P2", "P4"], channels: BOTH },
  { id: "vote-manipulation", policy: ["P10"], channels: BOTH },
  { id: "off-amazon-contact", policy: ["C1"], channels: ["message"] },
  { id: "marketing", policy: ["C2"], channels: ["message"] },
];

/** Checklist items: each policy item, and whether the engine can see it in text. */
export interface ChecklistItemInfo {
  id: string;
  /** Categories whose findings show this item's live state; empty when only the seller can tick it. */
  categories: readonly CategoryId[];
  checklistOnly: boolean;
}

export const CHECKLIST: readonly ChecklistItemInfo[] = [
  { id: "P0", categories: ["review-change"], checklistOnly: false },
  { id: "P1", categories: ["affiliated-review", "competitor-review"], checklistOnly: false },
  { id: "P2", categories: ["review-incentive", "review-service", "competitor-review"], checklistOnly: false },
  { id: "P3", categories: ["review-incentive"], checklistOnly: false },
  { id: "P4", categories: ["review-service", "review-incentive"], checklistOnly: false },
  { id: "P5", categories: ["affiliated-review", "competitor-review"], checklistOnly: false },
  { id: "P6", categories: ["review-change", "review-incentive"], checklistOnly: false },
  { id: "P7", categories: ["review-gating"], checklistOnly: false },
  { id: "P8", categories: [], checklistOnly: true },
  { id: "P9", categories: ["positive-review-request", "review-incentive"], checklistOnly: false },
  { id: "P10", categories: ["vote-manipulation"], checklistOnly: false },
  { id: "C1", categories: ["off-amazon-contact"], checklistOnly: false },
  { id: "C2", categories: ["marketing"], checklistOnly: false },
];
