/**
 * Sentences and paragraphs of normalized text. Rules match inside one sentence;
 * two-part rules (review gating) look for their second half in the paragraph or
 * the whole text.
 */
export interface Segments {
  /** Sentence i covers [starts[i], ends[i]) of the normalized text. */
  starts: number[];
  ends: number[];
  /** Paragraph index of each sentence. */
  paragraph: number[];
}

/** English abbreviations that end in a period without ending the sentence; languages pass their own. */
export const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "approx", "e.g", "i.e", "jr", "sr", "inc", "ltd", "co"]);

/** Boundaries: sentence punctuation followed by a space, and every line break. */
const BOUNDARY = /(?<![.!?])[.!?]+["')\]]*(?=[ \t\n])|\n/g;

export function segment(text: string, abbreviations: ReadonlySet<string> = ENGLISH_ABBREVIATIONS): Segments {
  const starts: number[] = [];
  const ends: number[] = [];
  const paragraph: number[] = [];
  let para = 0;
  let from = 0;
  let blankRun = 0;
  let atLineStart = true;
  const push = (end: number) => {
    let s = from;
    let e = end;
    while (s < e && (text[s] === " " || text[s] === "\t")) s++;
    while (e > s && (text[e - 1] === " " || text[e - 1] === "\t")) e--;
    if (e > s) {
      starts.push(s);
      ends.push(e);
      paragraph.push(para);
    }
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    if (m[0] === "\n") {
      const rest = text.slice(from, m.index);
      if (rest.trim() !== "") {
        blankRun = 0;
        push(m.index);
      } else if (atLineStart) {
        blankRun++;
        if (blankRun === 1 && starts.length > 0) para++;
      }
      from = m.index + 1;
      atLineStart = true;
      continue;
    }
    if (m[0][0] === ".") {
      const word = /([a-z.]+)$/i.exec(text.slice(Math.max(from, m.index - 8), m.index));
      // A single letter is an initial ("the review by J. Miller"), not the end of a sentence.
      if (word && (abbreviations.has(word[1].toLowerCase()) || (m[0] === "." && word[1].length === 1))) continue;
    }
    blankRun = 0;
    atLineStart = false;
    push(m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(text.length);
  return { starts, ends, paragraph };
}

/** Every expression segmentation runs over seller text, for the linear-time test. */
export const SEGMENTATION_EXPRESSIONS: readonly RegExp[] = [BOUNDARY];
