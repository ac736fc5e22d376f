/**
 * How the compiler writes what the matcher looks up, shared by both sides: the
 * prefixes a term starts with (prefixes.ts) and the trigger character a scanned
 * term needs (triggers.ts), read by match.ts.
 */

/** Ends a prefix that is a whole word: "no$" is the token "no", not "now". */
export const EXACT = "$";

/**
 * Words so frequent that a term starting with one is also indexed by the word
 * after it: "the partner" (the token "the", then a space, then a token starting
 * with "partner"), not every "the" of the text.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  "a an and are as at be but by can do for from have i if in is it me my no not of on or our please so that the this to u us we will with would you your".split(" "),
);

/** A character every match of a scanned term holds, or one of the marks below. */
export type Trigger = string;
/** A dot that a letter or digit follows: the trigger of web addresses. */
export const DOT_BEFORE_WORD: Trigger = ".a";
/** Any digit: the trigger of phone numbers and prices. */
export const DIGIT: Trigger = "0-9";
