/**
 * Runs compiled patterns over one normalized text. Term matches are computed
 * lazily and cached: a rule's first term is scanned once over the whole text,
 * every later term only inside the sentences where an earlier term matched.
 */
import type { NormalizedText } from "./normalize.ts";
import type { CompiledPattern, CompiledTerm } from "./pattern.ts";
import type { Segments } from "./segment.ts";

/** Flat [start, end, start, end, …] pairs in normalized offsets. */
type Pairs = number[];

export interface PatternMatch {
  sentence: number;
  /** Start and end of each term, in order. */
  bounds: Array<[number, number]>;
}

const MAX_CHARS_PER_WORD = 40;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code > 127;
}

export class TextMatcher {
  private readonly global = new Map<number, Pairs>();
  private readonly local = new Map<string, Pairs>();
  private readonly sentenceHits = new Map<string, PatternMatch | null>();

  constructor(
    readonly norm: NormalizedText,
    readonly segments: Segments,
  ) {}

  get text(): string {
    return this.norm.text;
  }

  /** All matches of a term in the whole text. */
  private globalMatches(term: CompiledTerm): Pairs {
    let pairs = this.global.get(term.id);
    if (!pairs) {
      pairs = [];
      const re = term.re;
      re.lastIndex = 0;
      const text = this.norm.text;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        pairs.push(m.index, m.index + m[0].length);
      }
      this.global.set(term.id, pairs);
    }
    return pairs;
  }

  /** Matches of a term inside one sentence. */
  private sentenceMatches(term: CompiledTerm, sentence: number): Pairs {
    const key = `${term.id}:${sentence}`;
    let pairs = this.local.get(key);
    if (!pairs) {
      const known = this.global.get(term.id);
      const from = this.segments.starts[sentence];
      const to = this.segments.ends[sentence];
      pairs = [];
      if (known) {
        for (let i = lowerBound(known, from); i < known.length && known[i] < to; i += 2) {
          if (known[i + 1] <= to) pairs.push(known[i], known[i + 1]);
        }
      } else {
        const slice = this.norm.text.slice(from, to);
        const re = term.re;
        re.lastIndex = 0;
        for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          pairs.push(from + m.index, from + m.index + m[0].length);
        }
      }
      this.local.set(key, pairs);
    }
    return pairs;
  }

  /** Counts words in [from, to), stopping once the count passes `limit`. */
  private wordsBetween(from: number, to: number, limit: number): number {
    const text = this.norm.text;
    let count = 0;
    let inWord = false;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const word: boolean = isWordCode(code) || (inWord && code === 39 /* ' */ && i + 1 < to && isWordCode(text.charCodeAt(i + 1)));
      if (word && !inWord) {
        count++;
        if (count > limit) return count;
      }
      inWord = word;
    }
    return count;
  }

  private extend(pattern: CompiledPattern, index: number, prevEnd: number, sentence: number, bounds: Array<[number, number]>): boolean {
    if (index === pattern.terms.length) return true;
    const pairs = this.sentenceMatches(pattern.terms[index], sentence);
    const gap = pattern.gaps[index - 1];
    for (let i = lowerBound(pairs, prevEnd); i < pairs.length; i += 2) {
      // Long runs of symbols count as words too, so a gap never scans far.
      if (pairs[i] - prevEnd > MAX_CHARS_PER_WORD * (gap + 1)) return false;
      if (this.wordsBetween(prevEnd, pairs[i], gap) > gap) return false;
      bounds[index] = [pairs[i], pairs[i + 1]];
      if (index === pattern.terms.length - 1) {
        this.stretchLast(pairs, i, bounds);
        return true;
      }
      if (this.extend(pattern, index + 1, pairs[i + 1], sentence, bounds)) return true;
    }
    return false;
  }

  /**
   * The last term takes in directly adjacent matches of itself, so "delete your
   * 1-star review" ends at "review", not at "1-star".
   */
  private stretchLast(pairs: Pairs, i: number, bounds: Array<[number, number]>): void {
    const last = bounds.length - 1;
    for (let j = i + 2; j < pairs.length; j += 2) {
      if (pairs[j] < bounds[last][1] || this.wordsBetween(bounds[last][1], pairs[j], 0) > 0) break;
      bounds[last] = [bounds[last][0], pairs[j + 1]];
    }
  }

  sentenceOf(position: number): number {
    const starts = this.segments.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Every non-overlapping match of the pattern, each inside one sentence. */
  allMatches(pattern: CompiledPattern): PatternMatch[] {
    const found: PatternMatch[] = [];
    if (this.segments.starts.length === 0) return found;
    const first = this.globalMatches(pattern.terms[0]);
    let lastEnd = -1;
    for (let i = 0; i < first.length; i += 2) {
      const start = first[i];
      if (start < lastEnd) continue;
      const sentence = this.sentenceOf(start);
      if (first[i + 1] > this.segments.ends[sentence]) continue;
      const bounds: Array<[number, number]> = [[start, first[i + 1]]];
      if (this.extend(pattern, 1, first[i + 1], sentence, bounds)) {
        if (pattern.terms.length === 1) this.stretchLast(this.sentenceMatches(pattern.terms[0], sentence), lowerBound(this.sentenceMatches(pattern.terms[0], sentence), start), bounds);
        found.push({ sentence, bounds });
        lastEnd = bounds[bounds.length - 1][1];
      }
    }
    return found;
  }

  /** The first match of the pattern inside one sentence, or null. */
  matchInSentence(pattern: CompiledPattern, sentence: number): PatternMatch | null {
    const key = `${pattern.source}\u0000${sentence}`;
    const cached = this.sentenceHits.get(key);
    if (cached !== undefined) return cached;
    let result: PatternMatch | null = null;
    const pairs = this.sentenceMatches(pattern.terms[0], sentence);
    for (let i = 0; i < pairs.length && !result; i += 2) {
      const bounds: Array<[number, number]> = [[pairs[i], pairs[i + 1]]];
      if (this.extend(pattern, 1, pairs[i + 1], sentence, bounds)) result = { sentence, bounds };
    }
    this.sentenceHits.set(key, result);
    return result;
  }
}

/** Index of the first pair whose start is >= position. */
function lowerBound(pairs: Pairs, position: number): number {
  let lo = 0;
  let hi = pairs.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid * 2] < position) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}
