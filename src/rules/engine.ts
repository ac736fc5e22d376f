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
  const steps = compileSteps(catalog);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** compileCatalog one rule at a time, so a page can spread the work over idle moments. */
function* compileSteps(catalog: LanguageCatalog): Generator<void, CompiledCatalog> {
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
    yield;
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
    normalization: { numberWords: catalog.numberWords },
    abbreviations: new Set(catalog.abbreviations),
    terms,
    exceptions,
    rules,
    problems,
  };
}

const compiled = new Map<string, CompiledCatalog>();
const compiling = new Map<string, Generator<void, CompiledCatalog>>();

function catalogOf(lang: string): LanguageCatalog {
  const catalog = CATALOGS[lang];
  if (!catalog) throw new RangeError(`Outreach Guard has no rules for language "${lang}"; it covers: ${Object.keys(CATALOGS).join(", ")}`);
  return catalog;
}

export function compiledCatalog(lang: string): CompiledCatalog {
  let result = compiled.get(lang);
  if (!result) {
    // Finish a warm-up already under way rather than starting over.
    const steps = compiling.get(lang) ?? compileSteps(catalogOf(lang));
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        result = step.value;
        break;
      }
    }
    compiling.delete(lang);
    compiled.set(lang, result);
  }
  return result;
}

/**
 * Compiling the catalog takes tens of milliseconds; a page calls the returned
 * function from idle callbacks (each call does one rule) until it returns true,
 * so the seller's first keystroke does not pay for it. A check meanwhile simply
 * finishes the work.
 */
export function warmUp(lang = "en"): () => boolean {
  catalogOf(lang);
  let warmed = 0;
  return () => {
    const language = compiled.get(lang);
    if (language) {
      // The regular expressions compile on their first run: run a few on nothing.
      const terms = language.terms.terms;
      for (const end = Math.min(terms.length, warmed + 40); warmed < end; warmed++) {
        terms[warmed].re.lastIndex = 0;
        terms[warmed].re.test(" ");
      }
      return warmed === terms.length;
    }
    let steps = compiling.get(lang);
    if (!steps) {
      steps = compileSteps(catalogOf(lang));
      compiling.set(lang, steps);
    }
    const step = steps.next();
    if (step.done) {
      compiling.delete(lang);
      compiled.set(lang, step.value);
    }
    return false;
  };
}

/**
 * Finds what in `text` breaks Amazon's review policies. Offsets are UTF-16
 * indexes into `text`; `excerpt === text.slice(start, end)`.
 */
export function checkText(text: string, options: CheckOptions): Finding[] {
  validateOptions(text, options);
  return checkWith(compiledCatalog(options.lang ?? "en"), text, options);
}
