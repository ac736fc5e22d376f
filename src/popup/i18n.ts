/**
 * Interface strings, from _locales/<lang>/messages.json through the i18n API. Rule and category
 * texts are not here: they stay with the engine (src/rules/texts.ts).
 */
import { pageApi } from "./browser.ts";

/** The string for `key` with its substitutions; the key itself when it is missing (a test catches that). */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  let text = "";
  try {
    text = pageApi().i18n.getMessage(key, subs);
  } catch {
    // Outside an extension page (unit tests): the key shows.
  }
  return text || key;
}

/** The page's language and title, from the interface strings. */
export function localizeDocument(titleKey: string): void {
  document.documentElement.lang = t("htmlLang");
  document.title = t(titleKey);
}
