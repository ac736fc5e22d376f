/** Category and checklist texts in the seller's language, falling back to English. */
import { CATALOGS } from "./catalog.ts";
import type { CategoryId, CategoryText } from "./types.ts";

export function categoryText(id: CategoryId, lang = "en"): CategoryText {
  return (CATALOGS[lang] ?? CATALOGS.en).categories[id];
}

export function checklistText(id: string, lang = "en"): { title: string; explanation: string } | undefined {
  return (CATALOGS[lang] ?? CATALOGS.en).checklist[id];
}
