/**
 * A term as a regular expression that matches whole words only: sticky when the
 * matcher tries it at its prefixes, global when it scans.
 */
/**
 * Letters and digits as the term guards see them. Normalized text is lower case
 * with Latin diacritics folded, so ASCII plus the Latin, Greek and Cyrillic
 * blocks cover it; staying out of unicode mode makes each scan many times faster.
 */
const WORD_CLASS = "a-z0-9\\u00c0-\\u024f\\u0370-\\u052f";
const UNICODE_WORD_CLASS = /\\p\{L\}\\p\{N\}/g;

/** Wraps a term so that it matches whole words only. */
export function termRegExp(expanded: string, sticky = false): RegExp {
  const ascii = expanded.replace(UNICODE_WORD_CLASS, WORD_CLASS);
  const mode = sticky ? "y" : "g";
  if (!ascii.includes("\\p{") && !ascii.includes("\\u{")) {
    return new RegExp(`(?<![${WORD_CLASS}])(?:${ascii})(?![${WORD_CLASS}])`, mode);
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${expanded})(?![\\p{L}\\p{N}])`, `${mode}u`);
}
