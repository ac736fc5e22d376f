/**
 * How the compiler writes what the matcher looks up, shared by both sides: the
 * prefixes a term starts with (prefixes.ts) and the trigger character a scanned
 * term needs (triggers.ts), read by match.ts.
 */

/** Ends a prefix that is a whole word: "no$" is the token "no", not "now". */
export const EXACT = "$";

/** A character every match of a scanned term holds, or one of the marks below. */
export type Trigger = string;
/** A dot that a letter or digit follows: the trigger of web addresses. */
export const DOT_BEFORE_WORD: Trigger = ".a";
/** Any digit: the trigger of phone numbers and prices. */
export const DIGIT: Trigger = "0-9";
