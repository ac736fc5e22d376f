/**
 * checkText: the one entry point every context uses (content script, popup,
 * service worker, command line). Pure: no DOM, no browser or Node API.
 */
import { CATALOGS } from "./catalog.ts";
import { pieceStarts } from "./chunks.ts";
import { type PatternMatch, PrefixIndex, TextMatcher } from "./match.ts";
import { type NormalizationProfile, normalize, originalSpan } from "./normalize.ts";
import { type CompiledPattern, TermTable } from "./pattern.ts";
import { segment } from "./segment.ts";
import {
  CATEGORY_IDS,
  CHANNELS,
  type CategoryId,
  type Channel,
  type CheckOptions,
  type Finding,
  type LanguageCatalog,
  type NearScope,
  type RuleSpec,
  type Span,
} from "./types.ts";

export interface CompiledRule {
  spec: RuleSpec;
  patterns: CompiledPattern[];
  also: CompiledPattern[];
  unless: CompiledPattern[];
  near?: { patterns: CompiledPattern[]; scope: NearScope };
}

export interface CompiledCatalog {
  catalog: LanguageCatalog;
  normalization: NormalizationProfile;
  abbreviations: ReadonlySet<string>;
  /** The prefixes the catalog's terms start with, to index a text's tokens once. */
  index: PrefixIndex;
  terms: TermTable;
  exceptions: CompiledPattern[];
  rules: CompiledRule[];
  /** Rules left out because they do not compile; empty in a valid catalog. */
  problems: string[];
}

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
    catalog,
    index: new PrefixIndex(terms.terms),
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

/** A text prepared once and checked by many rules. */
export class PreparedText {
  readonly matcher: TextMatcher;
  /** Per two-part rule: the matches of its second half, in sentence order. */
  readonly nearMatches = new Map<CompiledRule, PatternMatch[]>();

  constructor(
    readonly original: string,
    language: Pick<CompiledCatalog, "normalization" | "abbreviations" | "index">,
  ) {
    const norm = normalize(original, language.normalization);
    this.matcher = new TextMatcher(norm, segment(norm.text, language.abbreviations), language.index);
  }

  span(start: number, end: number): Span {
    const [s, e] = originalSpan(this.matcher.norm, start, end);
    return { start: s, end: e, excerpt: this.original.slice(s, e) };
  }
}

function sentencesInScope(matcher: TextMatcher, sentence: number, scope: NearScope): (candidate: number) => boolean {
  if (scope === "text") return () => true;
  if (scope === "sentence") return (c) => c === sentence;
  if (scope === "paragraph") {
    const para = matcher.segments.paragraph[sentence];
    return (c) => matcher.segments.paragraph[c] === para;
  }
  return (c) => Math.abs(c - sentence) <= scope;
}

/** Every match of a pattern list, in sentence order (allMatches is per pattern and in order). */
function matchesInOrder(matcher: TextMatcher, patterns: readonly CompiledPattern[]): PatternMatch[] {
  if (patterns.length === 1) return matcher.allMatches(patterns[0]);
  return patterns.flatMap((p) => matcher.allMatches(p)).sort((a, b) => a.sentence - b.sentence || a.bounds[0][0] - b.bounds[0][0]);
}

/**
 * The match of `near` closest to the rule's sentence, inside its scope and not
 * overlapping the rule's own match. Walks outward from the sentence, so a long
 * text with many matches stays linear.
 */
function findNear(prepared: PreparedText, rule: CompiledRule, at: PatternMatch): PatternMatch | null {
  const near = rule.near;
  if (!near) return null;
  const matcher = prepared.matcher;
  let list = prepared.nearMatches.get(rule);
  if (!list) {
    list = matchesInOrder(matcher, near.patterns);
    prepared.nearMatches.set(rule, list);
  }
  const inScope = sentencesInScope(matcher, at.sentence, near.scope);
  const own = at.bounds;
  const overlaps = (m: PatternMatch) => m.bounds[0][0] < own[own.length - 1][1] && m.bounds[m.bounds.length - 1][1] > own[0][0];
  let right = 0;
  let hi = list.length;
  while (right < hi) {
    const mid = (right + hi) >> 1;
    if (list[mid].sentence < at.sentence) right = mid + 1;
    else hi = mid;
  }
  let left = right - 1;
  while (left >= 0 || right < list.length) {
    const l = left >= 0 ? list[left] : null;
    const r = right < list.length ? list[right] : null;
    const takeLeft = l !== null && (r === null || at.sentence - l.sentence < r.sentence - at.sentence);
    const m = takeLeft ? (l as PatternMatch) : (r as PatternMatch);
    if (takeLeft) left--;
    else right++;
    if (!inScope(m.sentence)) {
      // Scopes are contiguous around the sentence: past the first miss on a side, that side is done.
      if (takeLeft) left = -1;
      else right = list.length;
      continue;
    }
    if (!overlaps(m)) return m;
  }
  return null;
}

function excepted(matcher: TextMatcher, rule: CompiledRule, exceptions: CompiledPattern[], sentence: number): boolean {
  for (const p of rule.unless) if (matcher.matchInSentence(p, sentence)) return true;
  if (rule.spec.sharedExceptions !== false) {
    for (const p of exceptions) if (matcher.matchInSentence(p, sentence)) return true;
  }
  return false;
}

/** Every raw finding of one rule, before de-duplication. Used by the engine and the rule tests. */
export function runRule(prepared: PreparedText, rule: CompiledRule, exceptions: CompiledPattern[]): Finding[] {
  const matcher = prepared.matcher;
  const findings: Finding[] = [];
  for (const pattern of rule.patterns) {
    for (const m of matcher.allMatches(pattern)) {
      if (rule.also.some((p) => !matcher.matchInSentence(p, m.sentence))) continue;
      if (excepted(matcher, rule, exceptions, m.sentence)) continue;
      let related: Span[] | undefined;
      if (rule.near) {
        const other = findNear(prepared, rule, m);
        if (!other) continue;
        related = [prepared.span(other.bounds[0][0], other.bounds[other.bounds.length - 1][1])];
      }
      const [from, to] = rule.spec.span ?? [0, m.bounds.length - 1];
      const span = prepared.span(m.bounds[Math.min(from, m.bounds.length - 1)][0], m.bounds[Math.min(to, m.bounds.length - 1)][1]);
      const finding: Finding = {
        ruleId: rule.spec.id,
        category: rule.spec.category,
        severity: rule.spec.severity,
        ...span,
        message: rule.spec.message,
      };
      if (rule.spec.suggestion !== undefined) finding.suggestion = rule.spec.suggestion;
      if (related) finding.related = related;
      findings.push(finding);
    }
  }
  return findings;
}

/** A finding that overlaps an earlier one of the same category and severity says nothing more. */
function dropOverlapping(findings: Finding[]): Finding[] {
  const byGroup = [...findings].sort(
    (a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) || (a.severity < b.severity ? -1 : a.severity > b.severity ? 1 : 0) || a.start - b.start || b.end - a.end,
  );
  const kept: Finding[] = [];
  let group = "";
  let reach = -1;
  for (const f of byGroup) {
    const key = `${f.category}\u0000${f.severity}`;
    if (key !== group) {
      group = key;
      reach = -1;
    }
    // Overlapping findings of one category would underline the same words twice.
    if (f.start < reach) continue;
    kept.push(f);
    reach = f.end;
  }
  return kept;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

function validateOptions(text: unknown, options: CheckOptions | undefined): void {
  if (typeof text !== "string") throw new TypeError(`checkText expects text as a string, got ${text === null ? "null" : typeof text}`);
  if (!options || !CHANNELS.includes(options.channel)) {
    throw new TypeError(`checkText needs options.channel: "message" or "insert" (got ${JSON.stringify(options?.channel)})`);
  }
  for (const c of options.categories ?? []) {
    if (!(CATEGORY_IDS as readonly string[]).includes(c)) throw new RangeError(`unknown category "${c}"`);
  }
}

/**
 * Finds what in `text` breaks Amazon's review policies. Offsets are UTF-16
 * indexes into `text`; `excerpt === text.slice(start, end)`.
 */
export function checkText(text: string, options: CheckOptions): Finding[] {
  validateOptions(text, options);
  const language = compiledCatalog(options.lang ?? "en");
  const starts = pieceStarts(text);
  if (starts.length === 1) return checkPiece(text, options, language);
  const all: Finding[] = [];
  for (let i = 0; i < starts.length; i++) {
    const offset = starts[i];
    for (const f of checkPiece(text.slice(offset, starts[i + 1] ?? text.length), options, language)) {
      f.start += offset;
      f.end += offset;
      for (const r of f.related ?? []) {
        r.start += offset;
        r.end += offset;
      }
      all.push(f);
    }
  }
  return all;
}

function checkPiece(text: string, options: CheckOptions, language: CompiledCatalog): Finding[] {
  const { rules, exceptions } = language;
  const channel: Channel = options.channel;
  const wanted: ReadonlySet<CategoryId> | null = options.categories ? new Set(options.categories) : null;
  const prepared = new PreparedText(text, language);
  const all: Finding[] = [];
  for (const rule of rules) {
    if (!rule.spec.channels.includes(channel)) continue;
    if (wanted && !wanted.has(rule.spec.category)) continue;
    all.push(...runRule(prepared, rule, exceptions));
  }
  all.sort(compareFindings);
  // One finding per category and span: a violation outranks advice, then the first rule id.
  const kept = new Map<string, Finding>();
  for (const f of all) {
    const key = `${f.category}\u0000${f.start}\u0000${f.end}`;
    const prior = kept.get(key);
    if (!prior || (prior.severity === "advice" && f.severity === "violation")) kept.set(key, f);
  }
  return dropOverlapping([...kept.values()]).sort(compareFindings);
}
