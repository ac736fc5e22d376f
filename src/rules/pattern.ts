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
  re: RegExp;
}

export interface CompiledPattern {
  source: string;
  terms: CompiledTerm[];
  /** gaps[i]: how many words may sit between terms[i] and terms[i + 1]. */
  gaps: number[];
}

const MACRO = /\{([a-z][a-z0-9-]*)\}/g;
const GAP = /\s+~(\d+)\s+/;

export class PatternError extends Error {
  override name = "PatternError";
}

/** Replaces {macros} with their vocabulary alternations, recursively. */
export function expandMacros(source: string, vocabulary: Vocabulary, trail: string[] = []): string {
  return source.replace(MACRO, (_, name: string) => {
    if (trail.includes(name)) throw new PatternError(`vocabulary {${name}} refers to itself through ${trail.join(" > ")}`);
    const entry = vocabulary[name];
    if (entry === undefined) throw new PatternError(`unknown vocabulary {${name}} in "${source}"`);
    const alternatives = typeof entry === "string" ? [entry] : entry;
    return `(?:${alternatives.map((a) => expandMacros(a, vocabulary, [...trail, name])).join("|")})`;
  });
}

/** Wraps a term so that it matches whole words only. */
export function termRegExp(expanded: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${expanded})(?![\\p{L}\\p{N}])`, "gu");
}

/** Interns terms so that each distinct expression is scanned once per check. */
export class TermTable {
  readonly terms: CompiledTerm[] = [];
  private readonly bySource = new Map<string, CompiledTerm>();

  constructor(private readonly vocabulary: Vocabulary) {}

  term(raw: string): CompiledTerm {
    const source = expandMacros(raw.trim(), this.vocabulary);
    let term = this.bySource.get(source);
    if (!term) {
      let re: RegExp;
      try {
        re = termRegExp(source);
      } catch (error) {
        throw new PatternError(`invalid term "${raw}": ${(error as Error).message}`);
      }
      if (re.test("")) throw new PatternError(`term "${raw}" matches the empty string`);
      term = { id: this.terms.length, source, re };
      this.terms.push(term);
      this.bySource.set(source, term);
    }
    return term;
  }

  pattern(source: string): CompiledPattern {
    const parts = source.trim().split(GAP);
    const terms: CompiledTerm[] = [];
    const gaps: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) {
        if (parts[i].trim() === "") throw new PatternError(`empty term in pattern "${source}"`);
        terms.push(this.term(parts[i]));
      } else gaps.push(Number(parts[i]));
    }
    return { source, terms, gaps };
  }
}
