/** Category and checklist texts in the seller's language, falling back to English. */
import { categories as enCategories, checklist as enChecklist } from "./en/categories.ts";
import type { CategoryId, CategoryText, LanguageTexts } from "./types.ts";

export const TEXTS: Readonly<Record<string, LanguageTexts>> = {
  en: { categories: enCategories, checklist: enChecklist },
};

/** Every category's texts in a language (English when it has none). */
export function categoryTexts(lang = "en"): Readonly<Record<CategoryId, CategoryText>> {
  return (TEXTS[lang] ?? TEXTS.en).categories;
}

export function categoryText(id: CategoryId, lang = "en"): CategoryText {
  return (TEXTS[lang] ?? TEXTS.en).categories[id];
}

export function checklistText(id: string, lang = "en"): { title: string; explanation: string } | undefined {
  return (TEXTS[lang] ?? TEXTS.en).checklist[id];
}
