/**
 * checkText with the rule catalogs compiled from source: the engine as the
 * command line, the service worker and the extension pages use it. Pure: no
 * DOM, no browser or Node API. A content script uses runtime.ts instead, with a
 * catalog the worker compiled.
 */
import { CATALOGS } from "./catalog.ts";
import { type CompiledCatalog, type CompiledRule, checkWith, validateOptions } from "./check.ts";
import { PrefixIndex } from "./match.ts";
import { type CompiledPattern, TermTable } from "./pattern.ts";
import type { CheckOptions, Finding, LanguageCatalog } from "./types.ts";

export { type CompiledCatalog, type CompiledRule, PreparedText, runRule } from "./check.ts";

const list = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === "string" ? [value] : value;

/**
 * Compiles a catalog. A rule whose patterns do not compile is left out and named
 * in `problems` (the build and the tests fail on any), so one bad rule never takes
 * the whole engine down in a seller's page.
 */
export function compileCatalog(catalog: LanguageCatalog): CompiledCatalog {
  const terms = new TermTable(catalog.vocabulary);
  const compile = (sources: readonly string[]) => sources.map((s) => terms.pattern(s));
  const problems: string[] = [];
  const rules: CompiledRule[] = [];
  for (const spec of catalog.rules) {
    try {
      rules.push({
        spec,
        patterns: compile(list(spec.pattern)),
        also: compile(list(spec.also)),
        unless: compile(list(spec.unless)),
        near: spec.near ? { patterns: compile(list(spec.near.pattern)), scope: spec.near.scope } : undefined,
      });
    } catch (error) {
      problems.push(`rule ${spec.id}: ${(error as Error).message}`);
    }
  }
  let exceptions: CompiledPattern[] = [];
  try {
    exceptions = compile(catalog.exceptions);
  } catch (error) {
    problems.push(`shared exceptions: ${(error as Error).message}`);
  }
  return {
    lang: catalog.lang,
    index: new PrefixIndex(terms.terms, terms.patterns.length),
    normalization: { numberWords: catalog.numberWords, letterWords: catalog.letterWords },
    abbreviations: new Set(catalog.abbreviations),
    terms,
    exceptions,
    rules,
    problems,
  };
}

const compiled = new Map<string, CompiledCatalog>();

/** The language's catalog, compiled on first use (tens of milliseconds) and kept. */
export function compiledCatalog(lang: string): CompiledCatalog {
  let result = compiled.get(lang);
  if (!result) {
    const catalog = CATALOGS[lang];
    if (!catalog) throw new RangeError(`Outreach Guard has no rules for language "${lang}"; it covers: ${Object.keys(CATALOGS).join(", ")}`);
    result = compileCatalog(catalog);
    compiled.set(lang, result);
  }
  return result;
}

/**
 * Finds what in `text` breaks Amazon's review policies. Offsets are UTF-16
 * indexes into `text`; `excerpt === text.slice(start, end)`.
 */
export function checkText(text: string, options: CheckOptions): Finding[] {
  validateOptions(text, options);
  return checkWith(compiledCatalog(options.lang ?? "en"), text, options);
}
