/**
 * The prefixes a term's matches must start with, read from its regular
 * expression: letters and digits that begin a word ("review", "5"), or one
 * symbol ("$", "@"). The matcher indexes a text's words and symbols once, tries a
 * term only where one of its prefixes starts, and runs a pattern only in
 * sentences holding its anchors, so most rules cost nothing on most text. A term
 * whose start cannot be pinned gets `null`: it is scanned.
 */

/** The parts of a term's expression that prefixes and triggers look at; lookarounds are "zero". */
export type Node =
  | { kind: "alt"; options: Node[][] }
  /** A {vocabulary} macro: its entry, parsed once and shared by every term that uses it. */
  | { kind: "ref"; node: Node }
  | { kind: "chars"; chars: string[] | null }
  | { kind: "zero" }
  | { kind: "repeat"; node: Node; min: number; max: number };

/** Enumeration stops growing past this many prefixes (a guard against blow-up). */
const MAX_PREFIXES = 256;
/** Prefixes kept per term; longer sets are cut to shorter prefixes. */
const MAX_KEPT = 96;
const MAX_LENGTH = 8;
/** Letters of the second word a pair prefix ("the partn") spells out. */
const SECOND_LENGTH = 5;
const SMALL_CLASS = 40;
/** A class wider than this is not spelled out after the first character. */
const WIDE_CLASS = 10;
const WORD_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_".split("");
import { COMMON_WORDS, EXACT } from "./index-marks.ts";

export { EXACT };
const ALNUM = /^[a-z0-9]$/;

/** Parses a vocabulary entry by name (memoized by the caller). */
export type MacroResolver = (name: string) => Node;

const MACRO_AT = /^\{([a-z][a-z0-9-]*)\}/;

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly resolve?: MacroResolver,
  ) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]}`);
    return node;
  }

  private alternation(): Node {
    const options: Node[][] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      options.push(this.sequence());
    }
    return { kind: "alt", options };
  }

  private sequence(): Node[] {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      items.push(this.quantified(this.atom()));
    }
    return items;
  }

  private quantified(node: Node): Node {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === "?") this.i++;
    return { kind: "repeat", node, min, max };
  }

  private atom(): Node {
    if (this.resolve && this.src[this.i] === "{") {
      const macro = MACRO_AT.exec(this.src.slice(this.i, this.i + 64));
      if (macro) {
        this.i += macro[0].length;
        return { kind: "ref", node: this.resolve(macro[1]) };
      }
    }
    const c = this.src[this.i++];
    if (c === "(") {
      let zero = false;
      if (this.src[this.i] === "?") {
        const rest = this.src.slice(this.i, this.i + 4);
        if (rest.startsWith("?:")) this.i += 2;
        else if (rest.startsWith("?=") || rest.startsWith("?!")) {
          this.i += 2;
          zero = true;
        } else if (rest.startsWith("?<=") || rest.startsWith("?<!")) {
          this.i += 3;
          zero = true;
        } else if (rest.startsWith("?<")) {
          this.i = this.src.indexOf(">", this.i) + 1;
        }
      }
      const inner = this.alternation();
      if (this.src[this.i] !== ")") throw new Error("unclosed group");
      this.i++;
      return zero ? { kind: "zero" } : inner;
    }
    if (c === "[") return this.charClass();
    if (c === "^" || c === "$") return { kind: "zero" };
    if (c === ".") return { kind: "chars", chars: null };
    if (c === "\\") return this.escape();
    return { kind: "chars", chars: [c] };
  }

  private escape(): Node {
    const c = this.src[this.i++];
    if (c === "b" || c === "B") return { kind: "zero" };
    if (c === "d") return { kind: "chars", chars: "0123456789".split("") };
    // Normalized text is lower case: \w is these characters.
    if (c === "w") return { kind: "chars", chars: WORD_CHARS };
    if (c === "u" || c === "x" || c === "p" || c === "P" || c === "W" || c === "s" || c === "S" || c === "D") {
      if (c === "u" && this.src[this.i] === "{") this.i = this.src.indexOf("}", this.i) + 1;
      else if (c === "u") this.i += 4;
      else if (c === "x") this.i += 2;
      else if ((c === "p" || c === "P") && this.src[this.i] === "{") this.i = this.src.indexOf("}", this.i) + 1;
      return { kind: "chars", chars: null };
    }
    if (c === "n" || c === "t" || c === "r") return { kind: "chars", chars: [" "] };
    return { kind: "chars", chars: [c] };
  }

  private charClass(): Node {
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    const chars: string[] = [];
    let unknown = negated;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== "]" || first)) {
      first = false;
      let c = this.src[this.i++];
      if (c === "\\") {
        const e = this.src[this.i++];
        if (e === "d") {
          chars.push(..."0123456789");
          continue;
        }
        if (e === "w") {
          chars.push(...WORD_CHARS);
          continue;
        }
        if ("WsSDpPux".includes(e)) {
          unknown = true;
          if ((e === "p" || e === "P") && this.src[this.i] === "{") this.i = this.src.indexOf("}", this.i) + 1;
          else if (e === "u") this.i += this.src[this.i] === "{" ? this.src.indexOf("}", this.i) + 1 - this.i : 4;
          else if (e === "x") this.i += 2;
          continue;
        }
        c = e === "n" || e === "t" || e === "r" ? " " : e;
      }
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        let to = this.src[this.i++];
        if (to === "\\") to = this.src[this.i++];
        const from = c.charCodeAt(0);
        const end = to.charCodeAt(0);
        if (end - from > SMALL_CLASS) unknown = true;
        else for (let k = from; k <= end; k++) chars.push(String.fromCharCode(k));
        continue;
      }
      chars.push(c);
    }
    this.i++;
    return { kind: "chars", chars: unknown || chars.length > SMALL_CLASS ? null : chars };
  }
}

/**
 * Parses a term's expression, or null when it uses syntax the parser does not
 * know. With a resolver, {macros} are parsed as references to their entries.
 */
export function parseExpression(source: string, resolve?: MacroResolver): Node | null {
  try {
    return new Parser(source, resolve).parse();
  } catch {
    return null;
  }
}

/** Prefixes still growing (`open`) and prefixes that ended at a non-word character (`closed`). */
interface State {
  open: Set<string>;
  closed: Set<string>;
}

function closeAll(state: State): State {
  return { open: new Set(), closed: new Set([...state.closed, ...state.open]) };
}

/** What a macro does to the start state: the same wherever a term begins with it. */
const fromStart = new WeakMap<Node, State>();

function isStart(state: State): boolean {
  return state.closed.size === 0 && state.open.size === 1 && state.open.has("");
}

function step(node: Node, state: State): State {
  if (state.open.size === 0) return state;
  switch (node.kind) {
    case "zero":
      return state;
    case "ref": {
      if (!isStart(state)) return step(node.node, state);
      let result = fromStart.get(node.node);
      if (!result) {
        result = step(node.node, state);
        fromStart.set(node.node, result);
      }
      return result;
    }
    case "chars": {
      if (node.chars === null) return closeAll(state);
      const open = new Set<string>();
      const closed = new Set(state.closed);
      for (const p of state.open) {
        // A wide class after letters: the letters are the prefix ("get\\w*" starts with "get").
        if (p !== "" && node.chars.length > WIDE_CLASS) {
          closed.add(p);
          continue;
        }
        const space = p.indexOf(" ");
        const limit = space < 0 ? MAX_LENGTH : space + 1 + SECOND_LENGTH;
        for (const c of node.chars) {
          if (ALNUM.test(c) && p.length < limit) open.add(p + c);
          // A symbol that starts the match is its prefix; a space or line break is not indexed.
          else if (p === "" && !ALNUM.test(c) && c !== " ") closed.add(c);
          // A common word and a space: the next word tells more ("the partner").
          else if (c === " " && space < 0 && COMMON_WORDS.has(p)) open.add(`${p} `);
          // A character that is not a letter or digit ends the word: it is exactly p.
          else closed.add(ALNUM.test(c) || p === "" ? p : `${p}${EXACT}`);
        }
      }
      return open.size + closed.size > MAX_PREFIXES ? closeAll(state) : { open, closed };
    }
    case "alt": {
      const open = new Set<string>();
      const closed = new Set(state.closed);
      for (const option of node.options) {
        let s: State = { open: new Set(state.open), closed: new Set() };
        for (const item of option) s = step(item, s);
        for (const p of s.open) open.add(p);
        for (const p of s.closed) closed.add(p);
      }
      return open.size + closed.size > MAX_PREFIXES ? closeAll(state) : { open, closed };
    }
    case "repeat": {
      if (node.max === 0) return state;
      const once = step(node.node, { open: new Set(state.open), closed: new Set() });
      // After one repetition we stop growing: later ones are not pinned down.
      const after = node.max > 1 ? closeAll(once) : once;
      const open = new Set(after.open);
      const closed = new Set([...state.closed, ...after.closed]);
      if (node.min === 0) for (const p of state.open) open.add(p);
      return open.size + closed.size > MAX_PREFIXES ? closeAll(state) : { open, closed };
    }
  }
}

/** Cuts the longest prefixes one character at a time until at most `max` remain. */
function shorten(prefixes: string[], max: number): string[] {
  let kept = keepShortest(prefixes);
  for (let length = MAX_LENGTH; kept.length > max && length > 1; length--) {
    // A cut word is no longer exact: "review$" cut to 5 is the prefix "revie".
    kept = keepShortest(kept.map((p) => (p.replace(EXACT, "").length >= length ? p.slice(0, length - 1) : p)));
  }
  return kept;
}

/** A prefix that extends another adds nothing: keep the shortest. */
function keepShortest(prefixes: Iterable<string>): string[] {
  const sorted = [...new Set(prefixes)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept = new Set<string>();
  for (const p of sorted) {
    // A kept true prefix covers p; an exact word ("no$") covers nothing longer.
    let covered = false;
    for (let k = 1; k < p.length && !covered; k++) covered = kept.has(p.slice(0, k));
    if (!covered) kept.add(p);
  }
  return [...kept];
}

/**
 * The prefixes every match of `source` starts with: words' first letters and
 * digits, or a single symbol. Null when a match may start with something else (a
 * space, an open class) or the start cannot be pinned.
 */
export function wordPrefixes(source: string, resolve?: MacroResolver): string[] | null {
  const tree = parseExpression(source, resolve);
  if (tree === null) return null;
  const end = step(tree, { open: new Set([""]), closed: new Set() });
  // Still growing when the term ends: the word ends there too (terms match whole words).
  const all = new Set([...[...end.open].map((p) => (p === "" ? p : `${p}${EXACT}`)), ...end.closed]);
  if (all.has("") || all.size === 0) return null;
  return settlePairs(shorten([...all], MAX_KEPT));
}

/**
 * A pair whose second word is not spelled out ("the " before an open class) is
 * its first word, whole. A term listed under a word alone is not listed under
 * its pairs too, so no term is tried twice at one token.
 */
function settlePairs(prefixes: string[]): string[] {
  const words = prefixes.map((p) => {
    const space = p.indexOf(" ");
    return space < 0 || (p.length > space + 1 && p[space + 1] !== EXACT) ? p : `${p.slice(0, space)}${EXACT}`;
  });
  const whole = new Set(words.filter((p) => !p.includes(" ")));
  return keepShortest(words.filter((p) => !p.includes(" ") || !whole.has(`${p.slice(0, p.indexOf(" "))}${EXACT}`)));
}
