/**
 * A compiled catalog as plain data, and back. The service worker compiles the
 * rules once and hands this to each content script, which then carries neither
 * the rules' source nor the compiler, and never spends tens of milliseconds of
 * the seller's page compiling them.
 */
import type { CompiledCatalog, CompiledRule } from "./check.ts";
import { PrefixIndex } from "./match.ts";
import type { CompiledPattern, CompiledTerm } from "./pattern.ts";
import { termRegExp } from "./term-regexp.ts";
import type { CategoryId, CategoryText, NearScope, RuleSpec } from "./types.ts";

/** Bumped whenever the shape below changes. */
export const CATALOG_DATA_VERSION = 3;

/** [expanded source, prefixes (null: scanned), trigger, sentence-anchored] */
type TermData = [string, string[] | null, string | null, boolean];
/** [term ids, gaps, anchor term ids] */
type PatternData = [number[], number[], number[]];
/** What checking needs of a rule: not its patterns' source. */
type RuleSpecData = Pick<RuleSpec, "id" | "category" | "channels" | "severity" | "message" | "suggestion" | "span" | "sharedExceptions">;

interface RuleData {
  spec: RuleSpecData;
  patterns: number[];
  also: number[];
  unless: number[];
  near?: { patterns: number[]; scope: NearScope };
}

export interface CatalogData {
  version: number;
  lang: string;
  /** Number words as [word, digits] pairs. */
  numberWords: Array<[string, string]>;
  letterWords: string[];
  abbreviations: string[];
  terms: TermData[];
  patterns: PatternData[];
  rules: RuleData[];
  exceptions: number[];
  /** What each category means in the catalog's language, as [category, title, policy, policyRef, why, fix]: cards show it, so pages need not carry it. */
  texts: Array<[CategoryId, string, string, string, string, string]>;
}

/** The data of a compiled catalog, with what its categories mean (texts.ts) in its language. */
export function serializeCatalog(compiled: CompiledCatalog, texts: Readonly<Record<CategoryId, CategoryText>>): CatalogData {
  const ids = (patterns: readonly CompiledPattern[]) => patterns.map((p) => p.id);
  return {
    version: CATALOG_DATA_VERSION,
    lang: compiled.lang,
    numberWords: Object.entries(compiled.normalization.numberWords),
    letterWords: [...(compiled.normalization.letterWords ?? [])],
    abbreviations: [...compiled.abbreviations],
    terms: compiled.terms.terms.map((t) => [t.source, t.prefixes ? [...t.prefixes] : null, t.trigger, t.sentenceAnchored]),
    patterns: compiled.terms.patterns.map((p) => [p.terms.map((t) => t.id), [...p.gaps], p.anchors.map((t) => t.id)]),
    rules: compiled.rules.map((r) => ({
      spec: specData(r.spec),
      patterns: ids(r.patterns),
      also: ids(r.also),
      unless: ids(r.unless),
      near: r.near ? { patterns: ids(r.near.patterns), scope: r.near.scope } : undefined,
    })),
    exceptions: ids(compiled.exceptions),
    texts: Object.entries(texts).map(([id, t]) => [id as CategoryId, t.title, t.policy, t.policyRef, t.why, t.fix]),
  };
}

function specData(spec: RuleSpec): RuleSpecData {
  const { id, category, channels, severity, message, suggestion, span, sharedExceptions } = spec;
  return { id, category, channels, severity, message, suggestion, span, sharedExceptions };
}

export class CatalogDataError extends Error {
  override name = "CatalogDataError";
}

/** What the categories mean, from a catalog's data. */
export function hydrateTexts(data: CatalogData): Record<CategoryId, CategoryText> {
  return Object.fromEntries(data.texts.map(([id, title, policy, policyRef, why, fix]) => [id, { title, policy, policyRef, why, fix }])) as Record<CategoryId, CategoryText>;
}

/** The compiled catalog again; a clear error, never a half-built catalog, when the data is not one. */
export function hydrateCatalog(data: CatalogData): CompiledCatalog {
  const fail = (what: string): never => {
    throw new CatalogDataError(`not a compiled Outreach Guard catalog: ${what}`);
  };
  if (data?.version !== CATALOG_DATA_VERSION) fail(`version ${String(data?.version)}, expected ${CATALOG_DATA_VERSION}`);
  if (!Array.isArray(data.terms) || !Array.isArray(data.patterns) || !Array.isArray(data.rules)) fail("terms, patterns or rules missing");
  if (!Array.isArray(data.texts)) fail("category texts missing");
  const terms: CompiledTerm[] = data.terms.map(([source, prefixes, trigger, sentenceAnchored], id) => {
    let re: RegExp;
    try {
      re = termRegExp(source, prefixes !== null);
    } catch {
      return fail(`term ${id} is not a valid expression`);
    }
    return { id, source, re, prefixes, trigger, sentenceAnchored };
  });
  const term = (id: number) => terms[id] ?? fail(`no term ${id}`);
  const patterns: CompiledPattern[] = data.patterns.map(([termIds, gaps, anchorIds], id) => ({
    id,
    source: `#${id}`,
    terms: termIds.map(term),
    gaps,
    anchors: anchorIds.map(term),
  }));
  const pattern = (id: number) => patterns[id] ?? fail(`no pattern ${id}`);
  const rules: CompiledRule[] = data.rules.map((r) => ({
    spec: { ...r.spec, pattern: [] },
    patterns: r.patterns.map(pattern),
    also: r.also.map(pattern),
    unless: r.unless.map(pattern),
    near: r.near ? { patterns: r.near.patterns.map(pattern), scope: r.near.scope } : undefined,
  }));
  return {
    lang: data.lang,
    normalization: { numberWords: Object.fromEntries(data.numberWords), letterWords: data.letterWords },
    abbreviations: new Set(data.abbreviations),
    index: new PrefixIndex(terms, patterns.length),
    terms: { terms, patterns },
    exceptions: data.exceptions.map(pattern),
    rules,
    problems: [],
  };
}
