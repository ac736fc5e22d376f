/**
 * Long texts are checked in pieces. A template library pasted whole can reach a
 * megabyte; checked as one text, the matcher's tables grow with it (about 12
 * bytes per place a term may start, near one per character of prose). Pieces of
 * 128 to 256 KB bound that to a few megabytes. They end at a paragraph break
 * where one exists (else a line break, a sentence end, a space), so no message
 * is cut in two in practice; a rule's second half is looked for inside the
 * piece, which is far longer than any buyer message or insert card.
 *
 * Pieces were 16 to 32 KB while the matcher's work per kilobyte still climbed
 * with the text; it no longer does, and a megabyte in 16 KB pieces took 15-25 %
 * longer than in 128 KB ones (`npm run bench`).
 */

/** Texts up to twice this many UTF-16 units are checked whole. */
export const PIECE_LENGTH = 131_072;

/** Where a piece may end, best first; also checked for linear time. */
export const PIECE_BREAKS: readonly RegExp[] = [/\n[ \t]*\n/g, /\n/g, /[.!?]["')\]]* /g, /\s/g];

/** Start offsets of the pieces `text` is checked in; [0] for a text checked whole. */
export function pieceStarts(text: string, length = PIECE_LENGTH): number[] {
  const starts = [0];
  let from = 0;
  while (text.length - from > 2 * length) {
    const window = text.slice(from + length, from + 2 * length);
    let cut = -1;
    for (const re of PIECE_BREAKS) {
      re.lastIndex = 0;
      const m = re.exec(window);
      if (m) {
        cut = from + length + m.index + m[0].length;
        break;
      }
    }
    if (cut === -1) {
      cut = from + 2 * length;
      // Never between the two halves of a surrogate pair.
      const code = text.charCodeAt(cut);
      if (code >= 0xdc00 && code <= 0xdfff) cut--;
    }
    starts.push(cut);
    from = cut;
  }
  return starts;
}
