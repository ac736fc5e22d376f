/**
 * Cuts a text into runs for the highlighted view: plain runs and runs covered by one or more
 * findings. The view renders each run as a text node (inside a <mark> when covered), never as
 * HTML, so pasted markup shows as the characters it is.
 */
export interface Span {
  start: number;
  end: number;
  severity?: "violation" | "advice";
}

export interface Run {
  text: string;
  start: number;
  /** Indexes into the findings that cover this run; empty for plain text. */
  covers: number[];
}

export function highlightRuns(text: string, spans: readonly Span[]): Run[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    if (s.end <= s.start || s.start < 0 || s.end > text.length) continue;
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covers: number[] = [];
    spans.forEach((s, index) => {
      if (s.start <= start && end <= s.end && s.end > s.start) covers.push(index);
    });
    const last = runs.at(-1);
    // Neighbouring runs covered by the same findings are one run.
    if (last && last.covers.join() === covers.join()) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start, covers });
  }
  return runs;
}
