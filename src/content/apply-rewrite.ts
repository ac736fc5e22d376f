/**
 * Replaces exactly one finding's span with its suggestion the way a person would:
 * focus, select, insertText. The page's framework sees a real input event and the
 * browser's undo stack holds the edit (Ctrl+Z restores it). When the page does not
 * take the edit, nothing is forced or restored: the seller's text is never lost,
 * and the reason is returned for the card to show.
 */

/** The field as apply sees it; the DOM implementations live in field-session.ts. */
export interface RewriteTarget {
  read(): string;
  focus(): void;
  /** Selects [start, end); false when the selection could not be placed. */
  select(start: number, end: number): boolean;
  /** document.execCommand, bound to the field's document. */
  exec(command: "insertText" | "delete", value?: string): boolean;
}

export type ApplyResult = { ok: true; text: string } | { ok: false; reason: string };

export const REASONS = {
  noSuggestion: "No automatic rewrite for this one: reword it using the advice above.",
  stale: "The text changed since it was checked; look at the underline again.",
  noSelection: "The words could not be selected in this field; edit them by hand.",
  refused: "This field did not accept the change; edit the words by hand.",
} as const;

/** Non-breaking spaces are how editors keep typed spaces; they are not a different text. */
const sameText = (a: string, b: string) => a === b || a.replace(/\u00a0/g, " ") === b.replace(/\u00a0/g, " ");

export function applyRewrite(
  target: RewriteTarget,
  span: { start: number; end: number; excerpt: string },
  suggestion: string | undefined,
): ApplyResult {
  if (suggestion === undefined) return { ok: false, reason: REASONS.noSuggestion };
  const before = target.read();
  if (!sameText(before.slice(span.start, span.end), span.excerpt)) return { ok: false, reason: REASONS.stale };
  target.focus();
  if (!target.select(span.start, span.end)) return { ok: false, reason: REASONS.noSelection };
  // insertText with "" is a no-op in some engines; delete removes the selection everywhere.
  if (suggestion === "") target.exec("delete");
  else target.exec("insertText", suggestion);
  const after = target.read();
  const expected = before.slice(0, span.start) + suggestion + before.slice(span.end);
  if (sameText(after, expected)) return { ok: true, text: after };
  return { ok: false, reason: REASONS.refused };
}
