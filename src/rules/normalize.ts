/**
 * Normalization with an offset map. Rules match the normalized text; every
 * normalized character remembers the range of original characters that produced
 * it, so a finding's span lands on exactly the characters the seller typed.
 *
 * Steps: invisible characters dropped; NFKC (diacritics on Latin letters folded
 * too); case folded; typographic quotes and dashes folded; look-alike Cyrillic and
 * Greek letters beside Latin ones folded; star symbols and emoji read as "N stars";
 * spaced or dotted single letters joined; digits and symbols inside words read as
 * the letters they imitate; number words read as digits; runs of spaces collapsed.
 */

export interface NormalizedText {
  /** The text rules match against. */
  text: string;
  /** Normalized index → the original characters that produced it. */
  map: OffsetMap;
}

/**
 * The map from normalized characters back to the original ones, as pieces: a
 * "parallel" piece maps its characters one to one onto a run of the original; an
 * "emitted" piece maps every character to one range (the star run "★★★★★" that
 * became "5 stars"). Text that normalization leaves alone, most of any text, is a
 * handful of pieces however long it is.
 */
export class OffsetMap {
  constructor(
    /** Normalized index where each piece starts, ascending; pieces cover [0, length). */
    private readonly at: readonly number[],
    /** Original index of a parallel piece's first character, or start of an emitted piece's range. */
    private readonly from: readonly number[],
    /** End of an emitted piece's range; -1 for a parallel piece. */
    private readonly to: readonly number[],
    readonly length: number,
  ) {}

  private piece(i: number): number {
    let lo = 0;
    let hi = this.at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.at[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The first original index that produced normalized character i. */
  start(i: number): number {
    const p = this.piece(i);
    return this.to[p] < 0 ? this.from[p] + (i - this.at[p]) : this.from[p];
  }

  /** The original index just after what produced normalized character i. */
  end(i: number): number {
    const p = this.piece(i);
    return this.to[p] < 0 ? this.from[p] + (i - this.at[p]) + 1 : this.to[p];
  }

  /** Appends, to `out`, the pieces that map normalized [a, b) of this map, shifted to start at `outAt`. */
  copyRange(a: number, b: number, outAt: number, out: MappedBuilder): void {
    for (let p = this.piece(a); p < this.at.length && this.at[p] < b; p++) {
      const x = Math.max(a, this.at[p]);
      if (this.to[p] < 0) out.piece(outAt + (x - a), this.from[p] + (x - this.at[p]), -1);
      else out.piece(outAt + (x - a), this.from[p], this.to[p]);
    }
  }
}

/** Maps a span [start, end) of the normalized text back to the original text. */
export function originalSpan(norm: NormalizedText, start: number, end: number): [number, number] {
  const { map } = norm;
  if (end <= start) {
    const at = start < map.length ? map.start(start) : map.length > 0 ? map.end(map.length - 1) : 0;
    return [at, at];
  }
  return [map.start(start), map.end(end - 1)];
}

/** Accumulates one stage's output together with the map back to the original text. */
export class MappedBuilder {
  private parts: string[] = [];
  private length = 0;
  private readonly at: number[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  /** `input`: the map of the stage before, or null when the input is the original text. */
  constructor(private readonly input: OffsetMap | null) {}

  /** Starts a piece at output index `outAt`, merging it into the previous one when it simply continues it. */
  piece(outAt: number, from: number, to: number): void {
    const last = this.at.length - 1;
    if (last >= 0) {
      const prevTo = this.to[last];
      if (prevTo < 0 && to < 0 && this.from[last] + (outAt - this.at[last]) === from) return;
      if (prevTo >= 0 && to === prevTo && from === this.from[last]) return;
    }
    this.at.push(outAt);
    this.from.push(from);
    this.to.push(to);
  }

  /** Output `str`, each character produced by input characters [from, to). */
  emit(str: string, from: number, to: number): void {
    if (str.length === 0) return;
    const s = this.input ? this.input.start(from) : from;
    const e = this.input ? this.input.end(to - 1) : to;
    this.piece(this.length, s, e);
    this.parts.push(str);
    this.length += str.length;
  }

  /** Output `str` whose characters correspond one to one to input [from, from + str.length). */
  emitParallel(str: string, from: number): void {
    const n = str.length;
    if (n === 0) return;
    if (this.input) this.input.copyRange(from, from + n, this.length, this);
    else this.piece(this.length, from, -1);
    this.parts.push(str);
    this.length += n;
  }

  finish(): NormalizedText {
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    if (this.at.length === 0) {
      // An empty text still gets one piece, so lookups need no special case.
      this.at.push(0);
      this.from.push(0);
      this.to.push(-1);
    }
    return { text, map: new OffsetMap(this.at, this.from, this.to, this.length) };
  }
}

const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/;
const TAG_OR_SELECTOR_CP = (cp: number) => (cp >= 0xe0000 && cp <= 0xe0fff);

const FILLED_STARS = new Set(["★", "⭐", "🌟", "✩", "✪", "✫", "✬", "✭", "✮", "✯", "✰", "⋆", "✶", "✷", "✸", "✹", "🌠", "💫"]);
const EMPTY_STARS = new Set(["☆"]);

const PUNCTUATION: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u2022": "-", "\u00b7": ".", "\u2024": ".", "\u3002": ".",
};

/** Cyrillic and Greek letters that look like Latin ones; folded only beside Latin letters. */
const CONFUSABLES: Record<string, string> = {
  "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
  "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
  "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
  "χ": "x", "ω": "w",
};

const foldCache = new Map<string, string>();
const COMBINING = /\p{M}/gu;
const LATIN_BASE = /^[a-z]/i;

/** NFKC, case folding and Latin diacritics folding for one code point. */
function foldCodePoint(ch: string): string {
  let out = foldCache.get(ch);
  if (out !== undefined) return out;
  const decomposed = ch.normalize("NFKD");
  out = LATIN_BASE.test(decomposed) ? decomposed.replace(COMBINING, "") : ch.normalize("NFKC");
  out = out.toLowerCase();
  if (foldCache.size < 4096) foldCache.set(ch, out);
  return out;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

const PLAIN_RUN = /[\t\n\x20-\x7e]+/y;

/** Stage A: one pass over code points. Output length is close to the input's. */
function foldCharacters(input: string): NormalizedText {
  const out = new MappedBuilder(null);
  let i = 0;
  const n = input.length;
  while (i < n) {
    PLAIN_RUN.lastIndex = i;
    const run = PLAIN_RUN.exec(input);
    if (run) {
      const plain = run[0];
      // Backticks are quotes; everything else in a plain run only needs lower case.
      out.emitParallel(plain.includes("`") ? plain.toLowerCase().replace(/`/g, "'") : plain.toLowerCase(), i);
      i += plain.length;
      continue;
    }
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    if (ch === "\r") {
      if (input[i + 1] !== "\n") out.emit("\n", i, i + 1);
    } else if (INVISIBLE.test(ch) || TAG_OR_SELECTOR_CP(cp)) {
      // dropped
    } else if (FILLED_STARS.has(ch)) {
      out.emit("★", i, i + width);
    } else if (EMPTY_STARS.has(ch)) {
      out.emit("☆", i, i + width);
    } else if (PUNCTUATION[ch] !== undefined) {
      out.emit(PUNCTUATION[ch], i, i + width);
    } else if (CONFUSABLES[ch.toLowerCase()] !== undefined && besideLatin(input, i, width)) {
      out.emit(CONFUSABLES[ch.toLowerCase()], i, i + width);
    } else if (ch === "\u00a0" || ch === "\u2028" || ch === "\u2029" || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x3000 || cp === 0x202f || cp === 0x205f) {
      out.emit(cp === 0x2028 || cp === 0x2029 ? "\n" : " ", i, i + width);
    } else {
      out.emit(foldCodePoint(ch), i, i + width);
    }
    i += width;
  }
  return out.finish();
}

function besideLatin(input: string, i: number, width: number): boolean {
  let before = i - 1;
  while (before >= 0 && INVISIBLE.test(input[before])) before--;
  let after = i + width;
  while (after < input.length && INVISIBLE.test(input[after])) after++;
  return (before >= 0 && isAsciiLetter(input.charCodeAt(before))) || (after < input.length && isAsciiLetter(input.charCodeAt(after)));
}

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };
/** Language data normalization needs: number words read as digits. */
export interface NormalizationProfile {
  numberWords: Readonly<Record<string, string>>;
  /** See LanguageCatalog.letterWords. */
  letterWords?: readonly string[];
}

export const ENGLISH_NORMALIZATION: NormalizationProfile = {
  numberWords: { zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10" },
  letterWords: ["a", "i"],
};

/**
 * How many letters must follow a letter word for "a r e v i e w" to read as "a review": six
 * keeps "a m a z o n" and "i t e m" whole while "review", "rating" and "refund" split off.
 */
const LETTER_WORD_REST = 6;

/**
 * Stage B, one scan over the folded text. Alternatives, in order: digits right
 * before stars; a run of stars; a number word; runs of spaces or a tab; three or
 * more single letters joined by one separator each; a look-alike digit or symbol
 * between letters. ASCII classes without the u flag keep this scan fast.
 */
function specialExpression(numberWords: Readonly<Record<string, string>>): RegExp {
  // Keys are folded the way stage A folds text: "fünf" is matched as "funf".
  const words = Object.keys(numberWords)
    .map((w) => w.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase())
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
  const numberAlternative = words === "" ? "" : `|\\b(?:${words})\\b`;
  return new RegExp(
    // The single-letter forms share their first letter: one test of it, then the separators.
    `[★☆](?: ?[★☆])*${numberAlternative}|[ \\t]{2,}|\\t|\\b[a-z](?:(?: [a-z]\\b){2,}|(?:\\.[a-z013457]\\b){2,}|(?:-[a-z013457]\\b){2,}|(?:[_*][a-z013457]\\b){2,})|[013457@$!](?<=[a-z][013457@$!]{0,2})(?=[013457@$!]{0,2}[a-z])`,
    "g",
  );
}

const foldedByProfile = new WeakMap<NormalizationProfile, Record<string, string>>();

function foldedNumberWords(profile: NormalizationProfile): Record<string, string> {
  let folded = foldedByProfile.get(profile);
  if (!folded) {
    folded = Object.create(null) as Record<string, string>;
    for (const [w, d] of Object.entries(profile.numberWords)) folded[w.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()] = d;
    foldedByProfile.set(profile, folded);
  }
  return folded;
}

const specialByProfile = new WeakMap<NormalizationProfile, RegExp>();

function special(profile: NormalizationProfile): RegExp {
  let re = specialByProfile.get(profile);
  if (!re) {
    re = specialExpression(profile.numberWords);
    specialByProfile.set(profile, re);
  }
  return re;
}

const DOMAIN_AFTER_AT = /@[a-z0-9-]+\.[a-z]/y;
const LEET_WORD_CHAR = /[a-z013457@$!]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** The number written just before a star run ("4.6 " in "4.6 ★"), not reaching back past `floor`. */
function ratingBefore(src: string, at: number, floor: number): { start: number; text: string } {
  let end = at;
  if (src[end - 1] === " ") end--;
  let start = end;
  while (start > floor && isDigit(src[start - 1])) start--;
  if (start < end && start - 2 >= floor && (src[start - 1] === "." || src[start - 1] === ",") && isDigit(src[start - 2])) {
    start--;
    while (start > floor && isDigit(src[start - 1])) start--;
  }
  if (start === end || !isDigit(src[start])) return { start: at, text: "" };
  return { start, text: src.slice(start, end) };
}

function countFilled(run: string): number {
  let filled = 0;
  for (const c of run) if (c === "★") filled++;
  return filled;
}

function readSymbolsAndWords(prev: NormalizedText, profile: NormalizationProfile): NormalizedText {
  const NUMBER_WORDS = foldedNumberWords(profile);
  const src = prev.text;
  const out = new MappedBuilder(prev.map);
  let last = 0;
  let numberWordEnd = -1;
  const re = special(profile);
  re.lastIndex = 0;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    const at = m.index;
    const whole = m[0];
    const first = whole[0];
    if (first === "★" || first === "☆") {
      // Digits right before the stars are the rating: "5⭐" and "4.6 ★" read "5 stars", "4.6 stars".
      const digits = ratingBefore(src, at, last);
      out.emitParallel(src.slice(last, digits.start), last);
      const afterNumberWord = numberWordEnd === at || (numberWordEnd === at - 1 && src[at - 1] === " ");
      if (afterNumberWord) {
        // "five ★" and "FIVE⭐": the number word already became "5".
        out.emit(src[at - 1] === " " ? "stars" : " stars", at, at + whole.length);
      } else if (digits.text !== "") {
        out.emitParallel(digits.text, digits.start);
        out.emit(" stars", digits.start + digits.text.length, at + whole.length);
      } else {
        const lead = isWordChar(src[at - 1]) ? " " : "";
        out.emit(`${lead}${countFilled(whole)} stars`, at, at + whole.length);
      }
      if (isWordChar(src[at + whole.length])) out.emit(" ", at + whole.length - 1, at + whole.length);
      last = at + whole.length;
    } else if (first === " " || first === "\t") {
      out.emitParallel(src.slice(last, at), last);
      out.emit(" ", at, at + 1);
      last = at + whole.length;
    } else if (whole.length === 1 && LEET[first] !== undefined) {
      if (first === "@") {
        DOMAIN_AFTER_AT.lastIndex = at;
        if (DOMAIN_AFTER_AT.test(src)) continue;
      }
      // Fold the whole word, so "f1ve" becomes "five" and then "5".
      let wordStart = at;
      while (wordStart > last && LEET_WORD_CHAR.test(src[wordStart - 1])) wordStart--;
      let wordEnd = at + 1;
      while (wordEnd < src.length && LEET_WORD_CHAR.test(src[wordEnd])) wordEnd++;
      // Punctuation around the word stays punctuation: "h3lpful!!" is "helpful!!".
      while (wordEnd > at + 1 && "!$@".includes(src[wordEnd - 1])) wordEnd--;
      while (wordStart < at && "!$@".includes(src[wordStart])) wordStart++;
      let folded = "";
      for (let k = wordStart; k < wordEnd; k++) folded += LEET[src[k]] ?? src[k];
      out.emitParallel(src.slice(last, wordStart), last);
      if (NUMBER_WORDS[folded] !== undefined) out.emit(NUMBER_WORDS[folded], wordStart, wordEnd);
      else for (let k = 0; k < folded.length; k++) out.emit(folded[k], wordStart + k, wordStart + k + 1);
      last = wordEnd;
      re.lastIndex = wordEnd;
    } else if (NUMBER_WORDS[whole] !== undefined) {
      out.emitParallel(src.slice(last, at), last);
      out.emit(NUMBER_WORDS[whole], at, at + whole.length);
      last = at + whole.length;
      numberWordEnd = last;
    } else {
      // Spaced or dotted letters: keep the letters, drop the separators.
      out.emitParallel(src.slice(last, at), last);
      // One separator throughout, so "a r-e-v-i-e-w" keeps its "a"; digits inside read as letters.
      let joined = "";
      for (let k = 0; k < whole.length; k += 2) joined += LEET[whole[k]] ?? whole[k];
      // "leave us a r e v i e w": the article stays a word of its own.
      const split = whole[1] === " " && joined.length > LETTER_WORD_REST && profile.letterWords?.includes(whole[0]) === true ? 1 : 0;
      if (split) {
        out.emit(whole[0], at, at + 1);
        out.emit(" ", at + 1, at + 2);
      }
      if (NUMBER_WORDS[joined] !== undefined) out.emit(NUMBER_WORDS[joined], at, at + whole.length);
      else for (let k = 2 * split; k < whole.length; k += 2) out.emit(joined[k / 2], at + k, at + k + 1);
      last = at + whole.length;
    }
  }
  out.emitParallel(src.slice(last), last);
  return out.finish();
}

export function normalize(text: string, profile: NormalizationProfile = ENGLISH_NORMALIZATION): NormalizedText {
  return readSymbolsAndWords(foldCharacters(text), profile);
}

/** Every expression normalization runs over seller text, for the linear-time test. */
export function normalizationExpressions(profile: NormalizationProfile = ENGLISH_NORMALIZATION): RegExp[] {
  return [PLAIN_RUN, special(profile), DOMAIN_AFTER_AT];
}
