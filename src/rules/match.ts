/**
 * Runs compiled patterns over one normalized text. One pass over the text's
 * tokens (words, and the symbols some term starts with) records, for every term
 * of the catalog, the tokens where one of its prefixes starts (prefixes.ts) and
 * the sentences holding them. A pattern is tried only in sentences holding its
 * anchors; inside a sentence a term is tried, as a sticky expression, only at its
 * tokens, so the cost follows what the text holds, not the size of the catalog.
 * A term without prefixes is scanned in the sentences that need it. Every result
 * is cached for the rules that share it.
 */
import type { NormalizedText } from "./normalize.ts";
import type { CompiledPattern, CompiledTerm } from "./pattern.ts";
import { EXACT } from "./index-marks.ts";
import type { Segments } from "./segment.ts";
import { DIGIT, DOT_BEFORE_WORD, type Trigger } from "./index-marks.ts";

export interface PatternMatch {
  sentence: number;
  /** Start and end of each term, in order. */
  bounds: Array<[number, number]>;
}

const ALNUM_START = /^[a-z0-9]/;
const NO_TERMS = new Int32Array(0);
/** Shared answers for the common case of nothing found: frozen, so no caller can add to them. */
const NO_SENTENCES: number[] = Object.freeze([]) as unknown as number[];
const NO_MATCHES: PatternMatch[] = Object.freeze([]) as unknown as PatternMatch[];

/** The prefixes of a whole catalog's terms, and which terms each token of a text may start. */
export class PrefixIndex {
  readonly #ids = new Map<string, number>();
  /** Prefix id → ids of the terms that may start with it. */
  readonly #termsOfPrefix: Int32Array[];
  /** A list's id by the list (one prefix's) or its ids joined (several prefixes'). */
  readonly #listIds = new Map<Int32Array | string, number>();
  /** The distinct term lists tokens have; id 0 is the empty one. */
  readonly lists: Int32Array[] = [NO_TERMS];
  #counter = new Int32Array(64);
  readonly #lengths: number[];
  /** Char codes of the symbols some prefix is: with [a-z0-9] runs, the tokens of a text. */
  readonly symbols: ReadonlySet<number>;

  constructor(
    readonly terms: readonly CompiledTerm[],
    /** How many patterns the catalog has (ids run from 0), so matchers size their caches once. */
    readonly patternCount = 0,
  ) {
    const byPrefix: number[][] = [];
    for (const term of terms) {
      for (const p of term.prefixes ?? []) {
        let id = this.#ids.get(p);
        if (id === undefined) {
          id = this.#ids.size;
          this.#ids.set(p, id);
          byPrefix.push([]);
        }
        byPrefix[id].push(term.id);
      }
    }
    this.#termsOfPrefix = byPrefix.map((list) => Int32Array.from(list));
    const all = [...this.#ids.keys()];
    const lengths = (prefixes: string[]) => [...new Set(prefixes.filter((p) => !p.endsWith(EXACT)).map((p) => p.length))].sort((a, b) => a - b);
    const pairs = all.filter((p) => p.includes(" "));
    this.#lengths = lengths(all.filter((p) => ALNUM_START.test(p) && !p.includes(" ")));
    this.#secondLengths = lengths(pairs.map((p) => p.slice(p.indexOf(" ") + 1)));
    this.#heads = new Set(pairs.map((p) => p.slice(0, p.indexOf(" "))));
    this.symbols = new Set(all.filter((p) => !ALNUM_START.test(p)).map((p) => p.charCodeAt(0)));
  }

  /** Lengths of the second words' prefixes in pair prefixes ("the partn"). */
  readonly #secondLengths: number[];
  /** First words of pair prefixes: a token that is one is looked up with the token after it. */
  readonly #heads: ReadonlySet<string>;
  /** By list id: 1 when the list is a head word's own (listOf gives each head word a list of its own; listAt negates its id). */
  readonly #headLists: number[] = [0];

  /**
   * Ids of the terms that may start at `token`: the token itself as a whole word,
   * and each prefix of it. A term's kept prefixes never cover one another, so no
   * id repeats.
   */
  termsAt(token: string): Int32Array {
    return this.lists[this.listOf(token)];
  }

  /** Zeros, one per list id: a matcher counts tokens per list in it, and leaves it zeroed. */
  counter(): Int32Array {
    if (this.#counter.length < this.lists.length) this.#counter = new Int32Array(this.lists.length * 2);
    return this.#counter;
  }

  /**
   * listOf(text.slice(from, to)) without making the string, negated for a head
   * word (the caller then looks up the pair it starts): `hash` is the token's
   * tokenHash, and a token seen before is found by its characters in a table of
   * its own. Slicing and hashing a string per token was a tenth of a check.
   */
  listAt(text: string, from: number, to: number, hash: number): number {
    const table = this.#slots;
    const mask = table.length - 1;
    const length = to - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[slot];
      if (entry === 0) break;
      if (this.#hashes[entry] !== hash) continue;
      const key = this.#keys[entry];
      if (key.length !== length) continue;
      let k = 0;
      while (k < length && key.charCodeAt(k) === text.charCodeAt(from + k)) k++;
      if (k === length) return this.#keyLists[entry];
    }
    const token = text.slice(from, to);
    const list = this.listOf(token);
    const id = this.#headLists[list] === 1 ? -list : list;
    if (this.#keys.length <= MAX_REMEMBERED) this.#remember(token, hash, id);
    return id;
  }

  /** Open addressing over entries 1…n of keys/hashes/keyLists (0 is an empty slot). */
  #slots = new Int32Array(1024);
  readonly #keys: string[] = [""];
  readonly #hashes: number[] = [0];
  readonly #keyLists: number[] = [0];

  #remember(token: string, hash: number, id: number): void {
    this.#keys.push(token);
    this.#hashes.push(hash);
    this.#keyLists.push(id);
    const count = this.#keys.length - 1;
    // Kept at most half full, so a probe ends after a slot or two.
    if (count * 2 > this.#slots.length) {
      this.#slots = new Int32Array(this.#slots.length * 2);
      for (let e = 1; e < count; e++) this.#place(e);
    }
    this.#place(count);
  }

  #place(entry: number): void {
    const mask = this.#slots.length - 1;
    let slot = this.#hashes[entry] & mask;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#slots[slot] = entry;
  }

  /**
   * The id of termsAt(token)'s list (0: no term starts there); listAt remembers
   * it per token. `token` may be a pair, a head word, a space and the next token
   * ("the partner"): its list adds the terms of the pair prefixes it starts with.
   */
  listOf(token: string): number {
    const lists: Int32Array[] = [];
    const space = token.indexOf(" ");
    const word = space < 0 ? token : token.slice(0, space);
    const add = (prefix: string) => {
      const id = this.#ids.get(prefix);
      if (id !== undefined) lists.push(this.#termsOfPrefix[id]);
    };
    if (!ALNUM_START.test(word)) add(word);
    else {
      add(`${word}${EXACT}`);
      for (const length of this.#lengths) {
        if (length > word.length) break;
        add(word.slice(0, length));
      }
    }
    if (space >= 0) {
      add(`${token}${EXACT}`);
      const next = token.slice(space + 1);
      for (const length of this.#secondLengths) {
        if (length > next.length) break;
        add(`${word} ${next.slice(0, length)}`);
      }
    }
    const head = space < 0 && this.#heads.has(word);
    if (lists.length === 0 && !head) return 0;
    // A token's own combination of prefixes is known by its ids, so lists never repeat;
    // a head word's list is its own, so that listAt can mark it.
    const found = lists.length === 1 ? lists[0] : Int32Array.from(lists.flatMap((l) => [...l]));
    const key = head ? ` ${word}` : lists.length === 1 ? found : found.join();
    let id = this.#listIds.get(key);
    if (id === undefined) {
      id = this.lists.length;
      this.lists.push(found);
      this.#headLists.push(head ? 1 : 0);
      this.#listIds.set(key, id);
    }
    return id;
  }
}

/** Matches of a scanned term in one sentence. */
interface ScannedHits {
  starts: number[];
  ends: number[];
}

const UNTRIED = -2;
const NO_MATCH = -1;
const MAX_CHARS_PER_WORD = 40;
/** Distinct tokens a PrefixIndex remembers: a long text's rare words stop being remembered past this. */
const MAX_REMEMBERED = 50_000;

/** Hashes stay small integers, which V8 keeps unboxed in plain arrays. */
const HASH_MASK = 0x3fffffff;

/** The hash listAt expects, over char codes [from, to) of a token. */
export function tokenHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) & HASH_MASK;
  return h;
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f);
}

/**
 * The entry arrays, kept from one check to the next: a seller typing gets a check
 * per keystroke, and reusing them spares the garbage collector most of a check's
 * allocation. Only for matchers that do not outlive their check (checkWith's).
 */
export class EntryBuffers {
  #start = new Int32Array(4096);
  #sentence = new Int32Array(4096);
  #end = new Int32Array(4096);
  #offsets = new Int32Array(0);
  #cursor = new Int32Array(0);

  /** Two arrays of `n` zeros, for the entry offsets and the cursor that fills them. */
  lendOffsets(n: number): { offsets: Int32Array; cursor: Int32Array } {
    if (this.#offsets.length !== n) {
      this.#offsets = new Int32Array(n);
      this.#cursor = new Int32Array(n);
    } else this.#offsets.fill(0);
    return { offsets: this.#offsets, cursor: this.#cursor };
  }

  lend(total: number): { start: Int32Array; sentence: Int32Array; end: Int32Array } {
    if (total > this.#start.length) {
      const size = Math.max(total, this.#start.length * 2);
      this.#start = new Int32Array(size);
      this.#sentence = new Int32Array(size);
      this.#end = new Int32Array(size);
    }
    return { start: this.#start.subarray(0, total), sentence: this.#sentence.subarray(0, total), end: this.#end.subarray(0, total) };
  }
}

export class TextMatcher {
  /**
   * Every (term, token) where the term may start, grouped by term, in text order:
   * term t owns entries [entryOffset[t], entryOffset[t + 1]). `entryEnd` is the end
   * of the term's match there once tried (NO_MATCH also when a previous match of
   * the term covers the token).
   */
  readonly #entryOffset: Int32Array;
  readonly #entryStart: Int32Array;
  readonly #entrySentence: Int32Array;
  readonly #entryEnd: Int32Array;
  readonly #entries: { starts: Int32Array; ends: Int32Array };
  /** Sentences where the term matches, ascending (cached). */
  readonly #termSentences: Array<number[] | undefined>;
  readonly #scannedHits = new Map<CompiledTerm, Map<number, ScannedHits>>();
  readonly #triggers = new Map<Trigger, number[]>();
  readonly #sentencesByTrigger = new Map<Trigger, number[]>();
  /** The window [lo, hi) of the last hitsIn call: returned in fields so the hot path allocates nothing. */
  #lo = 0;
  #hi = 0;
  readonly #sentenceHits: Array<Map<number, PatternMatch | null> | undefined>;
  readonly #patternHits: Array<PatternMatch[] | undefined>;

  constructor(
    readonly norm: NormalizedText,
    readonly segments: Segments,
    index: PrefixIndex,
    buffers?: EntryBuffers,
  ) {
    // Two passes over the tokens (count, then fill) lay every term's entries out flat.
    const termCount = index.terms.length;
    // Sized once: caches indexed by id are then plain arrays, never sparse ones.
    this.#termSentences = new Array(termCount);
    this.#sentenceHits = new Array(index.patternCount);
    this.#patternHits = new Array(index.patternCount);
    const tokens: number[] = [];
    const tokenSentences: number[] = [];
    const digitSentences: number[] = [];
    this.#sentencesByTrigger.set(DIGIT, digitSentences);
    const tokenLists: number[] = [];
    const lentOffsets = buffers?.lendOffsets(termCount + 1);
    // Counts first (entryOffset[t + 1] holds term t's), then summed in place into offsets.
    this.#entryOffset = lentOffsets?.offsets ?? new Int32Array(termCount + 1);
    const counts = this.#entryOffset;
    const text = norm.text;
    const { starts, ends } = segments;
    const symbols = index.symbols;
    let sentence = 0;
    // Tokens are runs of [a-z0-9] and single catalog symbols: a loop over char codes, no regex.
    for (let i = 0, n = text.length; i < n; ) {
      const code = text.charCodeAt(i);
      const alnum = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
      if (!alnum && !symbols.has(code)) {
        i++;
        continue;
      }
      const at = i;
      i++;
      // The token's hash as listAt computes it (tokenHash), while finding its end.
      let hash = code;
      let digit = code <= 57;
      if (alnum) {
        for (let c = text.charCodeAt(i); (c >= 97 && c <= 122) || (c >= 48 && c <= 57); c = text.charCodeAt(++i)) {
          hash = (Math.imul(hash, 31) + c) & HASH_MASK;
          if (c <= 57) digit = true;
        }
      }
      while (sentence < starts.length && at >= ends[sentence]) sentence++;
      if (sentence === starts.length) break;
      if (at < starts[sentence]) continue;
      // Every digit is in a token inside a sentence: the DIGIT trigger's sentences, without a scan of their own.
      if (digit && alnum && digitSentences[digitSentences.length - 1] !== sentence) digitSentences.push(sentence);
      let list = index.listAt(text, at, i, hash);
      if (list < 0) {
        list = -list;
        if (text.charCodeAt(i) === 32) {
          // "the partner": the pair is looked up as one key, its hash continued over the space and the next token.
          let pairEnd = i + 1;
          let pairHash = (Math.imul(hash, 31) + 32) & HASH_MASK;
          for (let c = text.charCodeAt(pairEnd); (c >= 97 && c <= 122) || (c >= 48 && c <= 57); c = text.charCodeAt(++pairEnd)) pairHash = (Math.imul(pairHash, 31) + c) & HASH_MASK;
          if (pairEnd > i + 1) list = index.listAt(text, at, pairEnd, pairHash);
        }
      }
      // A head word's own list may be empty: its token then adds no entries.
      if (list === 0) continue;
      tokens.push(at);
      tokenSentences.push(sentence);
      tokenLists.push(list);
    }
    // Tokens counted per list first: texts repeat their words, and words share lists.
    const lists = index.lists;
    const perList = index.counter();
    const touched: number[] = [];
    for (let i = 0; i < tokenLists.length; i++) if (perList[tokenLists[i]]++ === 0) touched.push(tokenLists[i]);
    for (const list of touched) {
      const terms = lists[list];
      const n = perList[list];
      perList[list] = 0;
      for (let k = 0; k < terms.length; k++) counts[terms[k] + 1] += n;
    }
    for (let t = 0; t < termCount; t++) counts[t + 1] += counts[t];
    const total = counts[termCount];
    const lent = buffers?.lend(total);
    const entryStart = lent?.start ?? new Int32Array(total);
    const entrySentence = lent?.sentence ?? new Int32Array(total);
    this.#entryStart = entryStart;
    this.#entrySentence = entrySentence;
    this.#entryEnd = (lent?.end ?? new Int32Array(total)).fill(UNTRIED);
    this.#entries = { starts: entryStart, ends: this.#entryEnd };
    const next = lentOffsets?.cursor ?? new Int32Array(termCount + 1);
    next.set(counts);
    // Locals, not fields, in the loop that writes every entry.
    for (let i = 0; i < tokens.length; i++) {
      const terms = lists[tokenLists[i]];
      const at = tokens[i];
      const s = tokenSentences[i];
      for (let k = 0; k < terms.length; k++) {
        const slot = next[terms[k]]++;
        entryStart[slot] = at;
        entrySentence[slot] = s;
      }
    }
  }

  /** Sentences where the term matches, ascending: anchors narrow a pattern to these. */
  #sentencesOf(term: CompiledTerm): number[] {
    let list = this.#termSentences[term.id];
    if (!list) {
      // Anchors are rare terms: trying one everywhere it may start is cheap, and
      // leaves only the sentences where it really matches.
      const end = this.#entryOffset[term.id + 1];
      if (end === this.#entryOffset[term.id]) {
        this.#termSentences[term.id] = NO_SENTENCES;
        return NO_SENTENCES;
      }
      list = [];
      const sentences = this.#entrySentence;
      const ends = this.#entryEnd;
      for (let i = this.#entryOffset[term.id]; i < end; ) {
        const s = sentences[i];
        let hi = i + 1;
        while (hi < end && sentences[hi] === s) hi++;
        if (ends[i] === UNTRIED) this.#tryEntries(term, s, i, hi);
        for (let k = i; k < hi; k++) {
          if (ends[k] >= 0) {
            list.push(s);
            break;
          }
        }
        i = hi;
      }
      this.#termSentences[term.id] = list;
    }
    return list;
  }

  /**
   * Whether an indexed term of the pattern may start nowhere in the text: then
   * the pattern cannot match, and no anchor need be tried to know it.
   */
  #absent(pattern: CompiledPattern): boolean {
    const offsets = this.#entryOffset;
    for (const term of pattern.terms) if (term.prefixes !== null && offsets[term.id + 1] === offsets[term.id]) return true;
    return false;
  }

  /** Sentences that hold every anchor of the pattern, ascending; null when it has none. */
  #candidates(pattern: CompiledPattern): number[] | null {
    if (pattern.anchors.length === 0) {
      const trigger = pattern.terms[0].trigger;
      return trigger === null ? null : this.#triggerSentences(trigger);
    }
    let result = this.#sentencesOf(pattern.anchors[0]);
    for (let i = 1; i < pattern.anchors.length && result.length > 0; i++) result = intersect(result, this.#sentencesOf(pattern.anchors[i]));
    return result;
  }

  #sentenceHasAnchors(pattern: CompiledPattern, sentence: number): boolean {
    for (const anchor of pattern.anchors) {
      const list = this.#sentencesOf(anchor);
      if (list[lowerBound(list, sentence)] !== sentence) return false;
    }
    return true;
  }

  /**
   * A term's matches inside one sentence, in order and never overlapping: the
   * returned starts and ends (an end below 0 is no match) from this.#lo to this.#hi.
   */
  #hitsIn(term: CompiledTerm, sentence: number): { starts: ArrayLike<number>; ends: ArrayLike<number> } {
    if (term.prefixes === null) {
      const hits = this.#scan(term, sentence);
      this.#lo = 0;
      this.#hi = hits.starts.length;
      return hits;
    }
    const first = this.#entryOffset[term.id];
    const last = this.#entryOffset[term.id + 1];
    const lo = lowerBound(this.#entrySentence, sentence, first, last);
    let hi = lo;
    while (hi < last && this.#entrySentence[hi] === sentence) hi++;
    if (lo < hi && this.#entryEnd[lo] === UNTRIED) this.#tryEntries(term, sentence, lo, hi);
    this.#lo = lo;
    this.#hi = hi;
    return this.#entries;
  }

  /** A sticky try at each entry of the term in the sentence, in order, as a scan would find them. */
  #tryEntries(term: CompiledTerm, sentence: number, lo: number, hi: number): void {
    const text = this.norm.text;
    const sentenceEnd = this.segments.ends[sentence];
    const re = term.re;
    const from = this.segments.starts[sentence];
    let sentenceText: string | undefined;
    let lastEnd = -1;
    const starts = this.#entryStart;
    const ends = this.#entryEnd;
    for (let i = lo; i < hi; i++) {
      const at = starts[i];
      ends[i] = NO_MATCH;
      if (at < lastEnd) continue;
      // test() of a sticky expression moves lastIndex to the match's end without allocating a result.
      re.lastIndex = at;
      let end: number;
      if (term.sentenceAnchored) {
        // ^ and $ mean the sentence's start and end: match the sentence alone.
        sentenceText ??= text.slice(from, sentenceEnd);
        re.lastIndex = at - from;
        if (!re.test(sentenceText)) continue;
        end = from + re.lastIndex;
      } else {
        if (!re.test(text)) continue;
        end = re.lastIndex;
        if (end > sentenceEnd) {
          // The match runs past its sentence: match the sentence alone, as patterns see it.
          sentenceText ??= text.slice(from, sentenceEnd);
          re.lastIndex = at - from;
          if (!re.test(sentenceText)) continue;
          end = from + re.lastIndex;
        }
      }
      if (end === at) continue;
      ends[i] = end;
      lastEnd = end;
    }
  }

  /** Positions of a trigger in the text, ascending (cached per check). */
  #triggerPositions(trigger: Trigger): number[] {
    let list = this.#triggers.get(trigger);
    if (!list) {
      list = [];
      const text = this.norm.text;
      // DIGIT never comes here: the constructor notes the sentences holding a digit.
      const dotBeforeWord = trigger === DOT_BEFORE_WORD;
      const ch = dotBeforeWord ? "." : trigger;
      for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) {
        if (!dotBeforeWord || isWordCode(text.charCodeAt(at + 1))) list.push(at);
      }
      this.#triggers.set(trigger, list);
    }
    return list;
  }

  /** Sentences holding a trigger, ascending (cached: several patterns share a trigger). */
  #triggerSentences(trigger: Trigger): number[] {
    const known = this.#sentencesByTrigger.get(trigger);
    if (known) return known;
    const list: number[] = [];
    this.#sentencesByTrigger.set(trigger, list);
    const ends = this.segments.ends;
    let s = 0;
    for (const at of this.#triggerPositions(trigger)) {
      while (s < ends.length && at >= ends[s]) s++;
      if (s === ends.length) break;
      if (at >= this.segments.starts[s] && list[list.length - 1] !== s) list.push(s);
    }
    return list;
  }

  /** A term without prefixes: a scan of the sentence, skipped when the sentence lacks its trigger. */
  #scan(term: CompiledTerm, sentence: number): ScannedHits {
    let bySentence = this.#scannedHits.get(term);
    if (!bySentence) {
      bySentence = new Map();
      this.#scannedHits.set(term, bySentence);
    }
    let hits = bySentence.get(sentence);
    if (hits) return hits;
    hits = { starts: [], ends: [] };
    bySentence.set(sentence, hits);
    const from = this.segments.starts[sentence];
    const to = this.segments.ends[sentence];
    if (term.trigger !== null) {
      const holding = this.#triggerSentences(term.trigger);
      if (holding[lowerBound(holding, sentence)] !== sentence) return hits;
    }
    const slice = this.norm.text.slice(from, to);
    const re = term.re;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.starts.push(from + m.index);
      hits.ends.push(from + m.index + m[0].length);
    }
    return hits;
  }

  /** Counts words in [from, to), stopping once the count passes `limit`. */
  #wordsBetween(from: number, to: number, limit: number): number {
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

  /** Start and end of each term of the match being tried (2 numbers a term): reused, so a failed try allocates nothing. */
  readonly #trial: number[] = [];

  #extend(pattern: CompiledPattern, index: number, prevEnd: number, sentence: number): boolean {
    if (index === pattern.terms.length) return true;
    const { starts, ends } = this.#hitsIn(pattern.terms[index], sentence);
    const hi = this.#hi;
    const gap = pattern.gaps[index - 1];
    for (let i = lowerBound(starts, prevEnd, this.#lo, hi); i < hi; i++) {
      const end = ends[i];
      if (end < 0) continue;
      const start = starts[i];
      // Long runs of symbols count as words too, so a gap never scans far.
      if (start - prevEnd > MAX_CHARS_PER_WORD * (gap + 1)) return false;
      if (this.#wordsBetween(prevEnd, start, gap) > gap) return false;
      this.#trial[2 * index] = start;
      this.#trial[2 * index + 1] = end;
      if (index === pattern.terms.length - 1) {
        this.#stretchLast(starts, ends, i, hi, index);
        return true;
      }
      if (this.#extend(pattern, index + 1, end, sentence)) return true;
    }
    return false;
  }

  /**
   * The last term takes in directly adjacent matches of itself, so "delete your
   * 1-star review" ends at "review", not at "1-star".
   */
  #stretchLast(starts: ArrayLike<number>, ends: ArrayLike<number>, i: number, hi: number, last: number): void {
    const trial = this.#trial;
    for (let j = i + 1; j < hi; j++) {
      if (ends[j] < 0) continue;
      if (starts[j] < trial[2 * last + 1] || this.#wordsBetween(trial[2 * last + 1], starts[j], 0) > 0) break;
      trial[2 * last + 1] = ends[j];
    }
  }

  /** Non-overlapping matches of the pattern inside one sentence, appended to `found`. */
  #matchesInSentence(pattern: CompiledPattern, sentence: number, found: PatternMatch[], firstOnly: boolean): void {
    const { starts, ends } = this.#hitsIn(pattern.terms[0], sentence);
    this.#matchesFrom(pattern, sentence, starts, ends, this.#lo, this.#hi, found, firstOnly);
  }

  /** matchesInSentence, given the first term's matches in the sentence: [lo, hi) of starts/ends. */
  #matchesFrom(
    pattern: CompiledPattern,
    sentence: number,
    starts: ArrayLike<number>,
    ends: ArrayLike<number>,
    lo: number,
    hi: number,
    found: PatternMatch[],
    firstOnly: boolean,
  ): void {
    let lastEnd = -1;
    for (let i = lo; i < hi; i++) {
      const end = ends[i];
      if (end < 0 || starts[i] < lastEnd) continue;
      const trial = this.#trial;
      trial[0] = starts[i];
      trial[1] = end;
      const count = pattern.terms.length;
      if (count === 1) this.#stretchLast(starts, ends, i, hi, 0);
      else if (!this.#extend(pattern, 1, end, sentence)) continue;
      const bounds: Array<[number, number]> = [];
      for (let k = 0; k < count; k++) bounds.push([trial[2 * k], trial[2 * k + 1]]);
      found.push({ sentence, bounds });
      if (firstOnly) return;
      lastEnd = trial[2 * count - 1];
    }
  }

  /** A term's matches in one sentence as [start, end] pairs: what patterns see (for tests and tools). */
  termMatches(term: CompiledTerm, sentence: number): Array<[number, number]> {
    const { starts, ends } = this.#hitsIn(term, sentence);
    const pairs: Array<[number, number]> = [];
    for (let i = this.#lo; i < this.#hi; i++) if (ends[i] >= 0) pairs.push([starts[i], ends[i]]);
    return pairs;
  }

  /** Every non-overlapping match of the pattern, each inside one sentence. */
  allMatches(pattern: CompiledPattern): PatternMatch[] {
    const known = this.#patternHits[pattern.id];
    if (known) return known;
    const candidates = this.#absent(pattern) ? NO_SENTENCES : this.#candidates(pattern);
    if (candidates?.length === 0) {
      this.#patternHits[pattern.id] = NO_MATCHES;
      return NO_MATCHES;
    }
    const found: PatternMatch[] = [];
    this.#patternHits[pattern.id] = found;
    const first = pattern.terms[0];
    if (candidates && first.prefixes !== null) {
      // Candidates ascend, and so do the first term's entries: each search starts where the last ended.
      let at = this.#entryOffset[first.id];
      const last = this.#entryOffset[first.id + 1];
      const sentences = this.#entrySentence;
      for (const s of candidates) {
        at = seek(sentences, s, at, last);
        let hi = at;
        while (hi < last && sentences[hi] === s) hi++;
        if (hi === at) continue;
        if (this.#entryEnd[at] === UNTRIED) this.#tryEntries(first, s, at, hi);
        this.#matchesFrom(pattern, s, this.#entryStart, this.#entryEnd, at, hi, found, false);
        at = hi;
      }
    } else if (candidates) for (const s of candidates) this.#matchesInSentence(pattern, s, found, false);
    else for (let s = 0; s < this.segments.starts.length; s++) this.#matchesInSentence(pattern, s, found, false);
    return found;
  }

  /** The first match of the pattern inside one sentence, or null. */
  matchInSentence(pattern: CompiledPattern, sentence: number): PatternMatch | null {
    let bySentence = this.#sentenceHits[pattern.id];
    if (!bySentence) {
      bySentence = new Map();
      this.#sentenceHits[pattern.id] = bySentence;
    }
    const cached = bySentence.get(sentence);
    if (cached !== undefined) return cached;
    const found: PatternMatch[] = [];
    if (!this.#absent(pattern) && this.#sentenceHasAnchors(pattern, sentence)) this.#matchesInSentence(pattern, sentence, found, true);
    const result = found[0] ?? null;
    bySentence.set(sentence, result);
    return result;
  }
}

/** The numbers in both ascending lists, ascending: one walk along both. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return NO_SENTENCES;
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      both.push(a[i]);
      i++;
      j++;
    }
  }
  return both;
}

/**
 * lowerBound for a search that moves forward: steps of doubling size from `lo`,
 * so the cost follows the log of the distance, not of the list.
 */
function seek(list: ArrayLike<number>, value: number, lo: number, hi: number): number {
  let probe = lo;
  for (let step = 1; probe < hi && list[probe] < value; step *= 2) {
    lo = probe + 1;
    probe += step;
  }
  return lowerBound(list, value, lo, Math.min(probe, hi));
}

/** Index of the first element >= value in the ascending list[lo, hi). */
function lowerBound(list: ArrayLike<number>, value: number, lo = 0, hi = list.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
