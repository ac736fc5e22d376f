/**
 * A trigger is a character every match of a term contains: "@" in an e-mail
 * address, "?" in a question, a digit in a phone number. A term that must be scanned (its start cannot be
 * pinned to a few prefixes) is scanned only in sentences holding its trigger, so
 * an e-mail pattern costs nothing in a text without "@". A dot counts only when a
 * letter or digit follows it ("shop.com"), since most sentences end in one.
 */
import { DIGIT, DOT_BEFORE_WORD, type Trigger } from "./index-marks.ts";
import { type MacroResolver, type Node, parseExpression } from "./prefixes.ts";

export { DIGIT, DOT_BEFORE_WORD, type Trigger };

const DIGITS = "0123456789";

const ALNUM = /^[a-z0-9]$/;
/** Symbols common enough in prose that a sentence holding one says little. */
const WEAK = new Set([" ", ",", "'", "-", '"', "!", "&", ".", "a"]);

interface Facts {
  /** Characters every match contains (a dot followed by a word character as DOT_BEFORE_WORD). */
  required: Set<Trigger>;
  /** Whether the empty string matches. */
  nullable: boolean;
  /** Characters a non-empty match may start with; null when any. */
  first: Set<string> | null;
}

function union(sets: Array<Set<string> | null>): Set<string> | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (s === null) return null;
    for (const c of s) out.add(c);
  }
  return out;
}

function factsOfSequence(items: readonly Node[]): Facts {
  const required = new Set<Trigger>();
  const firsts: Array<Set<string> | null> = [];
  let nullable = true;
  const facts = items.map(factsOf);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    for (const c of f.required) required.add(c);
    if (nullable) firsts.push(f.first);
    nullable &&= f.nullable;
    // A required dot right before a part that always starts with a letter or digit.
    const item = items[i];
    const next = facts[i + 1];
    if (item.kind === "chars" && item.chars?.length === 1 && item.chars[0] === "." && next && !next.nullable && next.first !== null && [...next.first].every((c) => ALNUM.test(c))) {
      required.add(DOT_BEFORE_WORD);
    }
  }
  return { required, nullable, first: union(firsts) };
}

/** A macro's facts do not depend on where it is used. */
const factsOfMacro = new WeakMap<Node, Facts>();

function factsOf(node: Node): Facts {
  switch (node.kind) {
    case "ref": {
      let facts = factsOfMacro.get(node.node);
      if (!facts) {
        facts = factsOf(node.node);
        factsOfMacro.set(node.node, facts);
      }
      return facts;
    }
    case "zero":
      return { required: new Set(), nullable: true, first: new Set() };
    case "chars": {
      const digitsOnly = node.chars !== null && node.chars.length > 0 && node.chars.every((c) => DIGITS.includes(c));
      const required = node.chars?.length === 1 ? [node.chars[0]] : [];
      if (digitsOnly) required.push(DIGIT);
      return { required: new Set(required), nullable: false, first: node.chars ? new Set(node.chars) : null };
    }
    case "repeat": {
      const inner = factsOf(node.node);
      return node.min === 0 ? { required: new Set(), nullable: true, first: inner.first } : inner;
    }
    case "alt": {
      const options = node.options.map(factsOfSequence);
      let required = options[0].required;
      for (const o of options.slice(1)) required = new Set([...required].filter((c) => o.required.has(c)));
      return { required, nullable: options.some((o) => o.nullable), first: union(options.map((o) => o.first)) };
    }
  }
}

/** The most telling trigger of a term, or null when every character it needs is common. */
export function termTrigger(source: string, resolve?: MacroResolver): Trigger | null {
  const tree = parseExpression(source, resolve);
  if (tree === null) return null;
  const { required } = factsOf(tree);
  const strong = [...required].filter((c) => c !== DOT_BEFORE_WORD && c !== DIGIT && !ALNUM.test(c) && !WEAK.has(c));
  if (strong.length > 0) return strong.sort()[0];
  if (required.has(DOT_BEFORE_WORD)) return DOT_BEFORE_WORD;
  return required.has(DIGIT) ? DIGIT : null;
}
