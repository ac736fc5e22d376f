/**
 * Checking a text against a compiled catalog: the part of the engine every
 * context runs. It knows nothing of where the catalog came from (compiled here
 * from the rules, or received ready-made from the service worker), so a page
 * can carry it without the rules' source or the compiler.
 */
import { pieceStarts } from "./chunks.ts";
import { EntryBuffers, type PatternMatch, type PrefixIndex, TextMatcher } from "./match.ts";
import { type NormalizationProfile, normalize, originalSpan } from "./normalize.ts";
import type { CompiledPattern, CompiledTerm } from "./pattern.ts";
import { segment } from "./segment.ts";
import { CATEGORY_IDS, CHANNELS, type CategoryId, type Channel, type CheckOptions, type Finding, type NearScope, type RuleSpec, type Span } from "./types.ts";

export interface CompiledRule {
  spec: RuleSpec;
  patterns: CompiledPattern[];
  also: CompiledPattern[];
  unless: CompiledPattern[];
  near?: { patterns: CompiledPattern[]; scope: NearScope };
}

export interface CompiledCatalog {
  lang: string;
  normalization: NormalizationProfile;
  abbreviations: ReadonlySet<string>;
  /** The prefixes the catalog's terms start with, to index a text's tokens once. */
  index: PrefixIndex;
  /** Every distinct term and pattern; ids are indexes here. */
  terms: { terms: readonly CompiledTerm[]; patterns: readonly CompiledPattern[] };
  exceptions: CompiledPattern[];
  rules: CompiledRule[];
  /** Rules left out because they do not compile; empty in a valid catalog. */
  problems: string[];
}

/** Entry arrays for matchers that do not outlive their check (see EntryBuffers). */
export const SHARED_BUFFERS = new EntryBuffers();

/** A text prepared once and checked by many rules. */
export class PreparedText {
  readonly matcher: TextMatcher;
  /** Per two-part rule: the matches of its second half, in sentence order. */
  readonly nearMatches = new Map<CompiledRule, PatternMatch[]>();

  constructor(
    readonly original: string,
    language: Pick<CompiledCatalog, "normalization" | "abbreviations" | "index">,
    buffers?: EntryBuffers,
  ) {
    const norm = normalize(original, language.normalization);
    this.matcher = new TextMatcher(norm, segment(norm.text, language.abbreviations), language.index, buffers);
  }

  #exceptedFor: readonly CompiledPattern[] | null = null;
  #excepted: Uint8Array | null = null;

  /**
   * Whether one of the shared exceptions matches in the sentence. Every hit of
   * every rule asks; their sentences are found once per text instead.
   */
  sharedException(exceptions: readonly CompiledPattern[], sentence: number): boolean {
    if (this.#exceptedFor !== exceptions || this.#excepted === null) {
      const marks = new Uint8Array(this.matcher.segments.starts.length);
      for (const p of exceptions) for (const m of this.matcher.allMatches(p)) marks[m.sentence] = 1;
      this.#excepted = marks;
      this.#exceptedFor = exceptions;
    }
    return this.#excepted[sentence] === 1;
  }

  span(start: number, end: number): Span {
    const [s, e] = originalSpan(this.matcher.norm, start, end);
    return { start: s, end: e, excerpt: this.original.slice(s, e) };
  }
}

function sentencesInScope(paragraph: readonly number[], sentence: number, scope: NearScope): (candidate: number) => boolean {
  if (scope === "text") return () => true;
  if (scope === "sentence") return (c) => c === sentence;
  if (scope === "paragraph") {
    const para = paragraph[sentence];
    return (c) => paragraph[c] === para;
  }
  return (c) => Math.abs(c - sentence) <= scope;
}

/** Every match of a pattern list, in sentence order (allMatches is per pattern and in order). */
function matchesInOrder(matcher: TextMatcher, patterns: readonly CompiledPattern[]): PatternMatch[] {
  if (patterns.length === 1) return matcher.allMatches(patterns[0]);
  const each = patterns.map((p) => matcher.allMatches(p));
  const found = each.filter((list) => list.length > 0);
  if (found.length <= 1) return found[0] ?? each[0];
  return found.reduce(mergeInOrder);
}

const before = (a: PatternMatch, b: PatternMatch) => a.sentence < b.sentence || (a.sentence === b.sentence && a.bounds[0][0] < b.bounds[0][0]);

/** Two lists in sentence order as one, in one walk (a sort of both was a twentieth of a long check). */
function mergeInOrder(a: PatternMatch[], b: PatternMatch[]): PatternMatch[] {
  const merged: PatternMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(before(b[j], a[i]) ? b[j++] : a[i++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

/** The matches of a two-part rule's second half in a text, in sentence order (cached per text; none for a one-part rule). */
export function nearMatches(prepared: PreparedText, rule: CompiledRule): PatternMatch[] {
  let list = prepared.nearMatches.get(rule);
  if (!list) {
    list = rule.near ? matchesInOrder(prepared.matcher, rule.near.patterns) : [];
    prepared.nearMatches.set(rule, list);
  }
  return list;
}

/**
 * The match in `list` (a rule's second half, in sentence order) closest to the
 * rule's own match `at`, inside `scope` and not overlapping it. `paragraph` gives
 * each sentence's paragraph. Walks outward from the sentence, so a long text
 * with many matches stays linear.
 */
export function nearest<M extends PatternMatch>(list: readonly M[], paragraph: readonly number[], scope: NearScope, at: PatternMatch): M | null {
  const inScope = sentencesInScope(paragraph, at.sentence, scope);
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
    const m = (takeLeft ? l : r) as M;
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

function excepted(prepared: PreparedText, rule: CompiledRule, exceptions: CompiledPattern[], sentence: number): boolean {
  for (const p of rule.unless) if (prepared.matcher.matchInSentence(p, sentence)) return true;
  return rule.spec.sharedExceptions !== false && prepared.sharedException(exceptions, sentence);
}

/**
 * A span whose rewrite deletes it takes one neighbouring space along, so that
 * "leave a 5-star review" loses "5-star " and not "5-star", leaving no double space.
 */
export function withOneSpace(text: string, span: Span): Span {
  let { start, end } = span;
  if (text[end] === " " && (start === 0 || /\s/.test(text[start - 1]))) end++;
  else if (text[start - 1] === " " && (end === text.length || /[\s.,!?;:)]/.test(text[end]))) start--;
  else return span;
  return { start, end, excerpt: text.slice(start, end) };
}

/**
 * A rewrite is written in lower case; it follows the words it replaces: all
 * capitals when they were ("TEXT ME" → "REPLY TO THIS MESSAGE"), a capital
 * first letter when they began a sentence with one.
 */
export function matchCase(suggestion: string, text: string, span: Span): string {
  const letters = span.excerpt.replace(/[^\p{L}]/gu, "");
  if (suggestion === "" || letters === "") return suggestion;
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return suggestion.toUpperCase();
  const first = letters[0];
  return startsSentence(text, span.start) && first !== first.toLowerCase() ? suggestion[0].toUpperCase() + suggestion.slice(1) : suggestion;
}

/**
 * Whether a sentence starts at `at`: only spaces before it back to the text's
 * start, a line break or a sentence's end (closing quotes and brackets allowed).
 * Read backwards from `at`, so it costs the few characters it looks at.
 */
function startsSentence(text: string, at: number): boolean {
  let k = at - 1;
  for (; k >= 0 && /\s/.test(text[k]); k--) if (text[k] === "\n") return true;
  while (k >= 0 && `"')]`.includes(text[k])) k--;
  return k < 0 || ".!?".includes(text[k]);
}

/** A match of a rule's pattern that its conditions let through, and the finding it makes (its `related` span comes later). */
export interface RuleHit {
  match: PatternMatch;
  finding: Finding;
}

const NO_HITS: RuleHit[] = Object.freeze([]) as unknown as RuleHit[];

/** The span of a whole match, in the original text. */
export function matchSpan(prepared: PreparedText, m: PatternMatch): Span {
  return prepared.span(m.bounds[0][0], m.bounds[m.bounds.length - 1][1]);
}

/** Every raw finding of one rule, before de-duplication. Used by the engine and the rule tests. */
export function runRule(prepared: PreparedText, rule: CompiledRule, exceptions: CompiledPattern[]): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of rule.patterns) {
    // A two-part rule whose second half is nowhere in the text finds nothing: its hits need not be made.
    if (rule.near && prepared.matcher.allMatches(pattern).length > 0 && nearMatches(prepared, rule).length === 0) return findings;
    for (const { match, finding } of patternHits(prepared, rule, exceptions, pattern)) {
      if (rule.near) {
        const other = nearest(nearMatches(prepared, rule), prepared.matcher.segments.paragraph, rule.near.scope, match);
        if (!other) continue;
        finding.related = [matchSpan(prepared, other)];
      }
      findings.push(finding);
    }
  }
  return findings;
}

/** The matches of one of a rule's patterns that pass its other conditions (also, unless), with their findings. */
export function patternHits(prepared: PreparedText, rule: CompiledRule, exceptions: CompiledPattern[], pattern: CompiledPattern): RuleHit[] {
  const matcher = prepared.matcher;
  const matches = matcher.allMatches(pattern);
  if (matches.length === 0) return NO_HITS;
  const hits: RuleHit[] = [];
  for (const m of matches) {
    if (rule.also.some((p) => !matcher.matchInSentence(p, m.sentence))) continue;
    if (excepted(prepared, rule, exceptions, m.sentence)) continue;
    const [from, to] = rule.spec.span ?? [0, m.bounds.length - 1];
    let span = prepared.span(m.bounds[Math.min(from, m.bounds.length - 1)][0], m.bounds[Math.min(to, m.bounds.length - 1)][1]);
    const suggestion = rule.spec.suggestion;
    if (suggestion === "") span = withOneSpace(prepared.original, span);
    const finding: Finding = {
      ruleId: rule.spec.id,
      category: rule.spec.category,
      severity: rule.spec.severity,
      ...span,
      message: rule.spec.message,
    };
    if (suggestion !== undefined) finding.suggestion = matchCase(suggestion, prepared.original, span);
    hits.push({ match: m, finding });
  }
  return hits;
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

export function validateOptions(text: unknown, options: CheckOptions | undefined): void {
  if (typeof text !== "string") throw new TypeError(`checkText expects text as a string, got ${text === null ? "null" : typeof text}`);
  if (!options || !CHANNELS.includes(options.channel)) {
    throw new TypeError(`checkText needs options.channel: "message" or "insert" (got ${JSON.stringify(options?.channel)})`);
  }
  for (const c of options.categories ?? []) {
    if (!(CATEGORY_IDS as readonly string[]).includes(c)) throw new RangeError(`unknown category "${c}"`);
  }
}

/**
 * Finds what in `text` breaks Amazon's review policies, with a compiled catalog.
 * Offsets are UTF-16 indexes into `text`; `excerpt === text.slice(start, end)`.
 */
export function checkWith(language: CompiledCatalog, text: string, options: CheckOptions): Finding[] {
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

/** Whether a check with these options runs the rule: its channel, and its category when they name some. */
export function ruleFilter(options: CheckOptions): (rule: CompiledRule) => boolean {
  const channel: Channel = options.channel;
  const wanted: ReadonlySet<CategoryId> | null = options.categories ? new Set(options.categories) : null;
  return (rule) => rule.spec.channels.includes(channel) && (!wanted || wanted.has(rule.spec.category));
}

function checkPiece(text: string, options: CheckOptions, language: CompiledCatalog): Finding[] {
  const { rules, exceptions } = language;
  const runs = ruleFilter(options);
  // The matcher does not outlive this check: it may borrow the shared buffers.
  const prepared = new PreparedText(text, language, SHARED_BUFFERS);
  const all: Finding[] = [];
  for (const rule of rules) if (runs(rule)) all.push(...runRule(prepared, rule, exceptions));
  return settle(all);
}

/** One finding per category and span, overlaps of a category dropped, in text order. */
export function settle(all: Finding[]): Finding[] {
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
