/**
 * Does a rewritten text still read like a person wrote it? Applying a rule's
 * suggestion replaces exactly the finding's span, so a careless span or
 * suggestion leaves "Could you please  now?", "stars ," or "Please ." behind.
 * Used by the generic rule test on every suggestion; test-side only.
 *
 * Given the text before the rewrite, a problem counts only when the rewrite
 * added it: a seller's own "!!!" or lower-case "pls" is not the rule's doing.
 */

interface Check {
  name: string;
  find: (text: string) => string[];
}

const FILLER = new Set(
  "a an the and or but so then also just please pls plz kindly maybe perhaps could would can will you we i to if by for with of and your our my it".split(" "),
);
/** Words a sentence cannot end on. */
const DANGLING = new Set("a an the and or but to by for with of from your our my their its at into as than if".split(" "));
/** Vowel letters that still take "a" ("a useful", "a one-time") and consonants that take "an" ("an hour", "an honest"). */
const A_BEFORE_VOWEL = /^(u[^aeiou]|uni|use|usu|one|once|eu)/;
const AN_BEFORE_CONSONANT = /^(hour|honest|honou?r|heir|x\b|[0-9]*8)/;

const all = (re: RegExp) => (text: string) => [...text.matchAll(re)].map((m) => m[0]);

/** Sentences: runs ending in . ! ? or a line break (naive, and fine for examples). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s !== "");
}

const words = (sentence: string) => sentence.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

const CHECKS: Check[] = [
  { name: "double space", find: all(/\S {2,}(?=\S)/g) },
  { name: "space at the edge of a line", find: all(/^[ \t]+\S|\S[ \t]+$/gm) },
  { name: "space before punctuation", find: all(/\S[ \t]+[,.!?;:](?![\p{L}\p{N}])/gu) },
  {
    name: "doubled punctuation",
    // ",," ", ." ";," ". ," ". ." "!," — but not "...", "!!" or "?!", which people write.
    find: all(/[,;:][ \t]*[,;:.!?]|[.!?][ \t]*[,;:]|[.!?][ \t]+[.!?]/g),
  },
  {
    name: "sentence starting in lower case",
    find: (text) => [...text.matchAll(/(?:^|(?<!\.)[.!?]\s+|\n\s*)(\p{Ll})/gu)].map((m) => m[0].trim()),
  },
  {
    name: "empty leftover",
    find: (text) => sentences(text).filter((s) => /[\p{L}\p{N}]/u.test(s) && words(s).every((w) => FILLER.has(w))),
  },
  {
    name: "sentence ending on a dangling word",
    find: (text) =>
      sentences(text).filter((s) => {
        const w = words(s);
        return w.length > 0 && DANGLING.has(w[w.length - 1]) && /[.!?]$/.test(s);
      }),
  },
  {
    name: "a/an before the wrong sound",
    find: (text) =>
      [...text.matchAll(/(?<![\p{L}\p{N}])(a|an)\s+([\p{L}\p{N}]+)/giu)]
        .filter((m) => {
          const next = m[2].toLowerCase();
          const vowel = /^[aeiou]/.test(next) ? !A_BEFORE_VOWEL.test(next) : AN_BEFORE_CONSONANT.test(next);
          return m[1].toLowerCase() === "a" ? vowel : !vowel;
        })
        .map((m) => m[0]),
  },
  {
    name: "unbalanced brackets or quotes",
    find: (text) => {
      const count = (c: string) => text.split(c).length - 1;
      const out: string[] = [];
      if (count("(") !== count(")")) out.push("( )");
      if (count('"') % 2 !== 0) out.push('"');
      return out;
    },
  },
];

/**
 * What makes `text` read badly, one line per problem. With `before`, only the
 * problems the rewrite added: a check counts a problem when `text` has more of
 * that kind than `before` had.
 */
export function cleanlinessProblems(text: string, before?: string): string[] {
  const problems: string[] = [];
  for (const check of CHECKS) {
    const found = check.find(text);
    const had = before === undefined ? 0 : check.find(before).length;
    if (found.length > had) problems.push(`${check.name}: ${found.map((f) => JSON.stringify(f)).join(", ")}`);
  }
  return problems;
}

/** True when `text` has none of the problems of cleanlinessProblems (none added to `before`, when given). */
export function readsCleanly(text: string, before?: string): boolean {
  return cleanlinessProblems(text, before).length === 0;
}
