/**
 * Applies the findings' rewrites to a text: each finding with a suggestion replaces exactly its
 * span; overlapping findings after the first are left out (their spans moved), as are findings
 * without a suggestion.
 */
export interface Rewritable {
  start: number;
  end: number;
  suggestion?: string;
}

export function applyRewrites(text: string, findings: readonly Rewritable[]): { text: string; applied: number } {
  const chosen: Rewritable[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.suggestion === undefined || f.end > text.length || f.start > f.end) continue;
    const last = chosen.at(-1);
    if (last && f.start < last.end) continue;
    chosen.push(f);
  }
  let out = text;
  for (const f of chosen.reverse()) out = tidy(out.slice(0, f.start), f.suggestion!, out.slice(f.end));
  return { text: out, applied: chosen.length };
}

/** Joins around a replacement; an empty one (a deletion) leaves no double space behind. */
function tidy(before: string, replacement: string, after: string): string {
  if (replacement === "" && / $/.test(before) && /^[ .,;:!?]/.test(after)) return before.slice(0, -1) + after;
  return before + replacement + after;
}

/** One finding's rewrite, for its Apply button. */
export function applyRewrite(text: string, finding: Rewritable): string {
  return applyRewrites(text, [finding]).text;
}
