/** The rule engine's public interface. */
export { checkText } from "./engine.ts";
export { detectLanguage, type LanguageGuess } from "./language.ts";
export { CATEGORIES, CHECKLIST } from "./categories.ts";
export { categoryText, checklistText } from "./texts.ts";
export * from "./types.ts";
