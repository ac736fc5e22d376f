/**
 * Runs compiled patterns over one normalized text. The words of the text are
 * indexed once by the anchor prefixes the catalog uses (prefixes.ts); a pattern is
 * tried only in sentences that hold its anchor, and each term is matched only
 * inside those sentences, with results cached for every rule that shares it.
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

/** The anchor prefixes of a whole catalog, and the prefixes each word of a text holds. */
export class PrefixIndex {
  private readonly byWord = new Map<string, readonly string[]>();
  private readonly lengths: number[];

  constructor(readonly prefixes: ReadonlySet<string>) {
    this.lengths = [...new Set([...prefixes].map((p) => p.length))].sort((a, b) => a - b);
  }

  /** The catalog prefixes `word` starts with (memoized: texts repeat their words). */
  prefixesOf(word: string): readonly string[] {
    let found = this.byWord.get(word);
    if (!found) {
      const list: string[] = [];
      for (const length of this.lengths) {
        if (length > word.length) break;
        const p = word.slice(0, length);
        if (this.prefixes.has(p)) list.push(p);
      }
      found = list;
      if (this.byWord.size < 50_000) this.byWord.set(word, found);
    }
    return found;
  }
}

const WORD = /[a-z0-9]+/g;
const MAX_CHARS_PER_WORD = 40;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f);
}

export class TextMatcher {
  private readonly local = new Map<number, Map<number, Pairs>>();
  private readonly sentenceHits = new Map<CompiledPattern, Map<number, PatternMatch | null>>();
  private readonly patternHits = new Map<CompiledPattern, PatternMatch[]>();
  private readonly candidatesByAnchor = new Map<readonly string[], number[]>();
  /** prefix → sentences holding a word with that prefix, ascending. */
  private sentencesByPrefix: Map<string, number[]> | null = null;

  constructor(
    readonly norm: NormalizedText,
    readonly segments: Segments,
    private readonly index: PrefixIndex,
  ) {}

  private buildIndex(): Map<string, number[]> {
    const map = new Map<string, number[]>();
    const text = this.norm.text;
    const { starts, ends } = this.segments;
    let sentence = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
      while (sentence < ends.length - 1 && m.index >= ends[sentence]) sentence++;
      if (m.index < starts[sentence]) continue;
      for (const p of this.index.prefixesOf(m[0])) {
        const list = map.get(p);
        if (!list) map.set(p, [sentence]);
        else if (list[list.length - 1] !== sentence) list.push(sentence);
      }
    }
    return map;
  }

  /** Sentences holding one of these prefixes, ascending (cached: many patterns share a term). */
  private sentencesWith(prefixes: readonly string[]): number[] {
    let list = this.candidatesByAnchor.get(prefixes);
    if (!list) {
      this.sentencesByPrefix ??= this.buildIndex();
      const lists: number[][] = [];
      for (const p of prefixes) {
        const l = this.sentencesByPrefix.get(p);
        if (l) lists.push(l);
      }
      if (lists.length <= 1) list = lists[0] ?? [];
      else {
        const marks = new Uint8Array(this.segments.starts.length);
        for (const l of lists) for (const s of l) marks[s] = 1;
        list = [];
        for (let s = 0; s < marks.length; s++) if (marks[s]) list.push(s);
      }
      this.candidatesByAnchor.set(prefixes, list);
    }
    return list;
  }

  /** Sentences that hold every anchor of the pattern, ascending; null when it has none. */
  private candidates(pattern: CompiledPattern): number[] | null {
    if (pattern.anchors.length === 0) return null;
    let result = this.sentencesWith(pattern.anchors[0]);
    for (let i = 1; i < pattern.anchors.length && result.length > 0; i++) {
      const other = this.sentencesWith(pattern.anchors[i]);
      result = result.filter((s) => other[lowerBoundOf(other, s)] === s);
    }
    return result;
  }

  private sentenceHasAnchors(pattern: CompiledPattern, sentence: number): boolean {
    for (const anchor of pattern.anchors) {
      const list = this.sentencesWith(anchor);
      if (list[lowerBoundOf(list, sentence)] !== sentence) return false;
    }
    return true;
  }

  /** Matches of a term inside one sentence. */
  private sentenceMatches(term: CompiledTerm, sentence: number): Pairs {
    let bySentence = this.local.get(term.id);
    if (!bySentence) {
      bySentence = new Map();
      this.local.set(term.id, bySentence);
    }
    let pairs = bySentence.get(sentence);
    if (pairs) return pairs;
    const from = this.segments.starts[sentence];
    const slice = this.norm.text.slice(from, this.segments.ends[sentence]);
    const re = term.re;
    pairs = [];
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      pairs.push(from + m.index, from + m.index + m[0].length);
    }
    bySentence.set(sentence, pairs);
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

  /** Non-overlapping matches of the pattern inside one sentence, appended to `found`. */
  private matchesInSentence(pattern: CompiledPattern, sentence: number, found: PatternMatch[], firstOnly: boolean): void {
    const first = this.sentenceMatches(pattern.terms[0], sentence);
    let lastEnd = -1;
    for (let i = 0; i < first.length; i += 2) {
      if (first[i] < lastEnd) continue;
      const bounds: Array<[number, number]> = [[first[i], first[i + 1]]];
      if (pattern.terms.length === 1) this.stretchLast(first, i, bounds);
      else if (!this.extend(pattern, 1, first[i + 1], sentence, bounds)) continue;
      found.push({ sentence, bounds });
      if (firstOnly) return;
      lastEnd = bounds[bounds.length - 1][1];
    }
  }

  /** Every non-overlapping match of the pattern, each inside one sentence. */
  allMatches(pattern: CompiledPattern): PatternMatch[] {
    const known = this.patternHits.get(pattern);
    if (known) return known;
    const found: PatternMatch[] = [];
    this.patternHits.set(pattern, found);
    const candidates = this.candidates(pattern);
    if (candidates) for (const s of candidates) this.matchesInSentence(pattern, s, found, false);
    else for (let s = 0; s < this.segments.starts.length; s++) this.matchesInSentence(pattern, s, found, false);
    return found;
  }

  /** The first match of the pattern inside one sentence, or null. */
  matchInSentence(pattern: CompiledPattern, sentence: number): PatternMatch | null {
    let bySentence = this.sentenceHits.get(pattern);
    if (!bySentence) {
      bySentence = new Map();
      this.sentenceHits.set(pattern, bySentence);
    }
    const cached = bySentence.get(sentence);
    if (cached !== undefined) return cached;
    const found: PatternMatch[] = [];
    if (this.sentenceHasAnchors(pattern, sentence)) this.matchesInSentence(pattern, sentence, found, true);
    const result = found[0] ?? null;
    bySentence.set(sentence, result);
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

/** Index of the first element >= value in an ascending list. */
function lowerBoundOf(list: number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
