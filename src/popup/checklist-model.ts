/**
 * The policy checklist: every item of CHECKLIST (src/rules/categories.ts) and every other item
 * the texts list (the messaging rules), with how each is known:
 * - `engine`: the checker sees it in text; its state is live for the current page.
 * - `both`: who writes reviews and review services: live state, and the seller's tick too (what
 *   happens outside a message, a family member's review say, no text shows).
 * - `seller`: nothing in text shows it (P8, the messaging rules): the seller ticks it.
 * Ticks are kept in storage.local under "checklist": `{ schemaVersion: 1, ticked: [id …] }`.
 */
import { CHECKLIST } from "../rules/categories.ts";
import { TEXTS } from "../rules/texts.ts";
import type { CategoryId } from "../rules/types.ts";
import { isObject, isStringArray } from "./stored.ts";

export const CHECKLIST_KEY = "checklist";
export const CHECKLIST_VERSION = 1;

export type ItemKind = "engine" | "both" | "seller";
export type LiveState = "flagged" | "ok" | "unchecked";

export interface ChecklistItem {
  id: string;
  kind: ItemKind;
  categories: readonly CategoryId[];
}

const SELLER_AND_ENGINE: readonly CategoryId[] = ["affiliated-review", "competitor-review", "review-service"];

export function checklistItems(lang = "en"): ChecklistItem[] {
  const items: ChecklistItem[] = CHECKLIST.map((info) => ({
    id: info.id,
    categories: info.categories,
    kind: info.checklistOnly || info.categories.length === 0 ? "seller" : info.categories.some((c) => SELLER_AND_ENGINE.includes(c)) ? "both" : "engine",
  }));
  for (const id of Object.keys((TEXTS[lang] ?? TEXTS.en).checklist)) {
    if (!items.some((item) => item.id === id)) items.push({ id, categories: [], kind: "seller" });
  }
  return items;
}

/** What the current page shows for an item: null findings means the page was not checked. */
export function liveState(item: ChecklistItem, violations: ReadonlyArray<{ category: CategoryId }> | null): LiveState {
  if (violations === null) return "unchecked";
  return violations.some((f) => item.categories.includes(f.category)) ? "flagged" : "ok";
}

export function isDone(item: ChecklistItem, state: LiveState, ticked: boolean): boolean {
  if (item.kind === "seller") return ticked;
  if (item.kind === "both") return ticked && state !== "flagged";
  return state === "ok";
}

export interface Progress {
  done: number;
  total: number;
  flagged: number;
}

export function progress(items: readonly ChecklistItem[], violations: ReadonlyArray<{ category: CategoryId }> | null, ticked: readonly string[]): Progress {
  let done = 0;
  let flagged = 0;
  for (const item of items) {
    const state = item.kind === "seller" ? "unchecked" : liveState(item, violations);
    if (state === "flagged") flagged++;
    if (isDone(item, state, ticked.includes(item.id))) done++;
  }
  return { done, total: items.length, flagged };
}

export interface ChecklistRecord {
  schemaVersion: typeof CHECKLIST_VERSION;
  ticked: string[];
}

export const EMPTY_CHECKLIST: ChecklistRecord = { schemaVersion: CHECKLIST_VERSION, ticked: [] };

export function parseChecklist(raw: unknown): ChecklistRecord | undefined {
  if (!isObject(raw) || raw.schemaVersion !== CHECKLIST_VERSION || !isStringArray(raw.ticked)) return undefined;
  return { schemaVersion: CHECKLIST_VERSION, ticked: raw.ticked };
}

export function toggleTick(record: ChecklistRecord, id: string, on: boolean): ChecklistRecord {
  const ticked = record.ticked.filter((x) => x !== id);
  if (on) ticked.push(id);
  return { schemaVersion: CHECKLIST_VERSION, ticked };
}
