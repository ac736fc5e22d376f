/**
 * The engine as a content script carries it: checking with a catalog the
 * service worker compiled (catalog-data.ts), without the rules' source or the
 * compiler. checkText here needs `installCatalog` first; until then a page
 * shows nothing rather than compiling in the seller's page.
 */
import { hydrateCatalog, hydrateTexts, type CatalogData } from "./catalog-data.ts";
import { type CompiledCatalog, checkWith, validateOptions } from "./check.ts";
import { IncrementalChecker } from "./incremental.ts";
import type { CategoryId, CategoryText, CheckOptions, Finding } from "./types.ts";

export { detectLanguage, type LanguageGuess } from "./language.ts";

const installed = new Map<string, CompiledCatalog>();
const texts = new Map<string, Record<CategoryId, CategoryText>>();

/** Makes a compiled catalog available to checkText; throws CatalogDataError when the data is not one. */
export function installCatalog(data: CatalogData): void {
  const catalog = hydrateCatalog(data);
  installed.set(catalog.lang, catalog);
  texts.set(catalog.lang, hydrateTexts(data));
  warmed.delete(catalog.lang);
}

export function hasCatalog(lang = "en"): boolean {
  return installed.has(lang);
}

/** What a category means, from the installed catalog (cards); undefined before it is installed. */
export function categoryText(id: CategoryId, lang = "en"): CategoryText | undefined {
  return texts.get(lang)?.[id];
}

/** What the installed catalog says of a rule (its message and rewrite), by id. */
export function ruleSpec(ruleId: string, lang = "en"): { message: string; suggestion?: string } | undefined {
  const rule = installed.get(lang)?.rules.find((r) => r.spec.id === ruleId);
  return rule && { message: rule.spec.message, suggestion: rule.spec.suggestion };
}

/**
 * Runs each term's expression of an installed catalog once, until `budgetMs` is
 * spent; true when every one has run. V8 compiles an expression on its first run,
 * which would otherwise land in the page's first check (tens of milliseconds): a
 * page calls this from idle callbacks first.
 */
export function warmCatalog(lang: string, budgetMs: number): boolean {
  const catalog = installed.get(lang);
  if (!catalog) return false;
  const terms = catalog.terms.terms;
  const started = performance.now();
  let next = warmed.get(lang) ?? 0;
  while (next < terms.length && performance.now() - started < budgetMs) {
    const re = terms[next++].re;
    re.lastIndex = 0;
    re.test(" ");
  }
  warmed.set(lang, next);
  return next >= terms.length;
}

const warmed = new Map<string, number>();

/** The installed catalog a check with these options uses; clear errors for bad options or none installed. */
function catalogFor(text: string, options: CheckOptions): CompiledCatalog {
  validateOptions(text, options);
  const lang = options.lang ?? "en";
  const catalog = installed.get(lang);
  if (!catalog) throw new RangeError(`no catalog installed for "${lang}": call installCatalog first`);
  return catalog;
}

/** checkText (engine.ts) with an installed catalog. */
export function checkText(text: string, options: CheckOptions): Finding[] {
  return checkWith(catalogFor(text, options), text, options);
}

/**
 * checkText for one field that changes a little at a time: each call re-checks
 * only the paragraphs that changed since the last (incremental.ts), with the same
 * findings checkText gives.
 */
export function createChecker(): (text: string, options: CheckOptions) => Finding[] {
  const incremental = new IncrementalChecker();
  return (text, options) => incremental.check(catalogFor(text, options), text, options);
}
