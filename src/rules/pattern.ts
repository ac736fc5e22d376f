/**
 * The rule language. A pattern is a sequence of terms separated by word gaps:
 *
 *   "{ask} ~4 {remove} ~3 {review}"
 *
 * Each term is a regular expression over normalized text (lower case, number
 * words as digits, stars as "N stars") and may use {vocabulary} macros of its
 * language. A term matches whole words only. `~N` lets up to N words sit between
 * two terms, inside the same sentence. Terms stay small alternations so every
 * expression is linear-time (checked by recheck in the tests); proximity and order
 * are handled by the matcher, not by the regular expression engine.
 */

export type Vocabulary = Readonly<Record<string, string | readonly string[]>>;

export interface CompiledTerm {
  /** Index in the language's term table; matches are cached per term. */
  id: number;
  /** The expanded regular expression source, without the word-boundary guards. */
  source: string;
  /** Sticky when the term has prefixes (tried at word starts), global otherwise (scanned). */
  re: RegExp;
  /** Word prefixes every match starts with (prefixes.ts), or null when unknown. */
  prefixes: readonly string[] | null;
  /** For a term without prefixes: a character every match holds (triggers.ts), if a telling one exists. */
  trigger: Trigger | null;
  /** Uses ^ or $: the start or end of its sentence, so it is matched against the sentence alone. */
  sentenceAnchored: boolean;
}

export interface CompiledPattern {
  /** Index in the language's pattern table; matches are cached per pattern. */
  id: number;
  source: string;
  terms: CompiledTerm[];
  /** gaps[i]: how many words may sit between terms[i] and terms[i + 1]. */
  gaps: number[];
  /**
   * Terms with prefixes, rarest first: a sentence must hold a token starting with
   * one prefix of every anchor to match. Empty: try every sentence.
   */
  anchors: readonly CompiledTerm[];
}

import { COMMON_WORDS } from "./index-marks.ts";
import { EXACT, type Node, parseExpression, wordPrefixes } from "./prefixes.ts";
import { termRegExp } from "./term-regexp.ts";
import { type Trigger, termTrigger } from "./triggers.ts";

const MACRO = /\{([a-z][a-z0-9-]*)\}/g;
const GAP = /\s+~(\d+)\s+/;

export class PatternError extends Error {
  override name = "PatternError";
}

/** Whether a term has a "|" outside every group and character class. */
function hasTopLevelBar(term: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < term.length; i++) {
    const c = term[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/** Replaces {macros} with their vocabulary alternations, recursively. */
export function expandMacros(source: string, vocabulary: Vocabulary, memo = new Map<string, string>(), trail: string[] = []): string {
  return source.replace(MACRO, (_, name: string) => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    if (trail.includes(name)) throw new PatternError(`vocabulary {${name}} refers to itself through ${trail.join(" > ")}`);
    const entry = vocabulary[name];
    if (entry === undefined) throw new PatternError(`unknown vocabulary {${name}} in "${source}"`);
    const alternatives = typeof entry === "string" ? [entry] : entry;
    // A class is one term: a word gap inside it would be matched as the literal text "~3".
    const gap = alternatives.find((a) => GAP.test(a));
    if (gap !== undefined) throw new PatternError(`vocabulary {${name}} holds a word gap, which only patterns may: "${gap}"`);
    const expanded = `(?:${alternatives.map((a) => expandMacros(a, vocabulary, memo, [...trail, name])).join("|")})`;
    memo.set(name, expanded);
    return expanded;
  });
}

/**
 * Groups in the rule language are written "( … )" and never capture: the
 * matcher only needs where a term starts and ends. Escaped parentheses and
 * parentheses inside a character class are literal.
 */
export function nonCapturing(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += c + (source[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === "(" && source[i + 1] !== "?") out += "(?:";
    else out += c;
  }
  return out;
}


/** Share of tokens a term's prefixes may start (by their length) above which it is scanned instead. */
const SCAN_SHARE = 0.4;

/** An unescaped ^ or $ outside a character class (a class's leading ^ is its negation). */
const SENTENCE_ANCHOR = /(?<![\\[])\^|(?<!\\)\$/;

/** Interns terms so that each distinct expression is scanned once per check. */
export class TermTable {
  readonly terms: CompiledTerm[] = [];
  readonly patterns: CompiledPattern[] = [];
  private readonly patternsBySource = new Map<string, CompiledPattern>();
  private readonly bySource = new Map<string, CompiledTerm>();
  private readonly expansions = new Map<string, string>();

  private readonly macros = new Map<string, Node>();

  constructor(private readonly vocabulary: Vocabulary) {}

  /** A vocabulary entry parsed once, for the prefix and trigger analyses of every term that uses it. */
  private readonly resolve = (name: string): Node => {
    let node = this.macros.get(name);
    if (!node) {
      const entry = this.vocabulary[name];
      if (entry === undefined) throw new PatternError(`unknown vocabulary {${name}}`);
      const alternatives = typeof entry === "string" ? [entry] : entry;
      node = parseExpression(alternatives.join("|"), this.resolve) ?? { kind: "chars", chars: null };
      this.macros.set(name, node);
    }
    return node;
  };

  term(raw: string): CompiledTerm {
    const source = nonCapturing(expandMacros(raw.trim(), this.vocabulary, this.expansions));
    let term = this.bySource.get(source);
    if (!term) {
      let re: RegExp;
      try {
        re = termRegExp(source);
      } catch (error) {
        throw new PatternError(`invalid term "${raw}": ${(error as Error).message}`);
      }
      const found = wordPrefixes(raw.trim(), this.resolve);
      // A term that may start at most words (an open class of letters) is cheaper scanned than tried at each.
      const prefixes = found !== null && found.reduce((sum, p) => sum + prefixShare(p), 0) < SCAN_SHARE ? found : null;
      // An indexed term is tried only where one of its prefixes starts a token: sticky, not a scan.
      if (prefixes !== null) re = termRegExp(source, true);
      term = { id: this.terms.length, source, re, prefixes, trigger: prefixes === null ? termTrigger(raw.trim(), this.resolve) : null, sentenceAnchored: SENTENCE_ANCHOR.test(source) };
      this.terms.push(term);
      this.bySource.set(source, term);
    }
    return term;
  }

  /** Interned too: rules that share an exception share its matches. */
  pattern(source: string): CompiledPattern {
    const known = this.patternsBySource.get(source);
    if (known) return known;
    const parts = source.trim().split(GAP);
    const terms: CompiledTerm[] = [];
    const gaps: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) {
        if (parts[i].trim() === "") throw new PatternError(`empty term in pattern "${source}"`);
        // "a ~2 b|c" reads as a, then "b|c": the bar splits one term, never the pattern.
        if (parts.length > 1 && hasTopLevelBar(parts[i])) {
          throw new PatternError(`a top-level "|" in a pattern of several terms splits only its term: "${source}" (write the alternatives as separate patterns)`);
        }
        terms.push(this.term(parts[i]));
      } else gaps.push(Number(parts[i]));
    }
    const pattern: CompiledPattern = { id: this.patterns.length, source, terms, gaps, anchors: chooseAnchors(terms) };
    this.patterns.push(pattern);
    this.patternsBySource.set(source, pattern);
    return pattern;
  }
}


/**
 * Rough share of tokens starting with a prefix: letters by their length, numbers
 * and symbols being far rarer in prose than any letter.
 */
function prefixShare(prefix: string): number {
  const c = prefix.charCodeAt(0);
  if (c >= 48 && c <= 57) return 0.01;
  if (c < 97 || c > 122) return 0.02;
  // A whole word ("no$") is rarer than the words it begins ("no", "now", "nothing").
  return prefix.endsWith(EXACT) ? 26 ** -Math.min(prefix.length, 5) : 26 ** -Math.min(prefix.length, 4);
}

/** How little a prefix narrows the sentences to try: common words match most sentences. */
function prefixWeight(prefix: string): number {
  return COMMON_WORDS.has(prefix.replace(EXACT, "")) ? 1 : prefixShare(prefix);
}

/** A prefix list this common narrows the sentences to try too little to be worth a second anchor. */
const WEAK_ANCHOR = 0.05;

/** The indexable terms, rarest first: the rarest always, up to two more when they narrow. */
function chooseAnchors(terms: readonly CompiledTerm[]): CompiledTerm[] {
  const weighted = terms
    .filter((t) => t.prefixes !== null)
    .map((t) => ({ term: t, weight: (t.prefixes as readonly string[]).reduce((sum, p) => sum + prefixWeight(p), 0) }));
  weighted.sort((a, b) => a.weight - b.weight);
  const anchors: CompiledTerm[] = [];
  for (const w of weighted) {
    if (anchors.includes(w.term) || anchors.length === 3) continue;
    if (anchors.length > 0 && w.weight > WEAK_ANCHOR) break;
    anchors.push(w.term);
  }
  return anchors;
}
