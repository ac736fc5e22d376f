/**
 * Draws one field's findings: a [data-finding] element per finding (focusable, with
 * one underline box per line of its span), and a badge with the violation counter
 * and notes at the field's bottom-right corner. Knows nothing of the page or the
 * extension: it takes findings and viewport rectangles and draws them.
 */
import type { Finding } from "../rules/types.ts";
import { contains, type Rect } from "./geometry.ts";

export type Note = { kind: "language"; language: string } | { kind: "too-long" };

export interface Mark {
  finding: Finding;
  el: HTMLElement;
  rects: Rect[];
}

const NOTE_TEXT = {
  language: (name: string) => `not checked: ${name}`,
  "too-long": () => "too long to check inline — open the checker",
};

export class FieldHighlights {
  marks: Mark[] = [];
  #badge: HTMLElement | null = null;
  /** What the badge says, to leave it alone while that stays the same. */
  #badgeSignature = "";

  readonly #layer: HTMLElement;
  readonly #badgeLayer: HTMLElement;
  readonly #label: (finding: Finding) => string;

  constructor(
    layer: HTMLElement,
    badgeLayer: HTMLElement,
    label: (finding: Finding) => string,
  ) {
    this.#layer = layer;
    this.#badgeLayer = badgeLayer;
    this.#label = label;
  }

  /**
   * Replaces the findings and notes shown. A finding keeps its element while its rule and
   * words stay, also when typing before it moves it (focus survives, and the page sees no
   * element come and go per keystroke); only what changed is written.
   */
  show(findings: readonly Finding[], notes: readonly Note[]): void {
    const doc = this.#layer.ownerDocument;
    const old = markKeys(this.marks.map((m) => m.finding));
    const previous = new Map(this.marks.map((m, i) => [old[i], m.el]));
    const keys = markKeys(findings);
    this.marks = findings.map((finding, i) => {
      const key = keys[i];
      let el = previous.get(key);
      previous.delete(key);
      if (el) {
        setData(el, "start", String(finding.start));
        setData(el, "end", String(finding.end));
      } else {
        el = doc.createElement("div");
        el.dataset.finding = "";
        el.dataset.category = finding.category;
        el.dataset.rule = finding.ruleId;
        el.dataset.start = String(finding.start);
        el.dataset.end = String(finding.end);
        el.dataset.severity = finding.severity;
        el.tabIndex = 0;
        el.setAttribute("role", "button");
        el.setAttribute("aria-haspopup", "dialog");
        this.#layer.append(el);
      }
      const label = this.#label(finding);
      if (el.getAttribute("aria-label") !== label) el.setAttribute("aria-label", label);
      return { finding, el, rects: [] };
    });
    for (const el of previous.values()) el.remove();
    this.#showBadge(findings, notes);
  }

  #showBadge(findings: readonly Finding[], notes: readonly Note[]): void {
    if (findings.length === 0 && notes.length === 0) {
      this.#badge?.remove();
      this.#badge = null;
      return;
    }
    const doc = this.#badgeLayer.ownerDocument;
    const violations = findings.filter((f) => f.severity === "violation").length;
    const signature = `${findings.length > 0 ? violations : "-"} ${notes.map((n) => (n.kind === "language" ? n.language : n.kind)).join(" ")}`;
    if (this.#badge && signature === this.#badgeSignature) return;
    this.#badgeSignature = signature;
    if (!this.#badge) {
      this.#badge = doc.createElement("div");
      this.#badge.className = "badge";
      this.#badgeLayer.append(this.#badge);
    }
    const parts: HTMLElement[] = [];
    if (findings.length > 0) {
      const count = doc.createElement("span");
      count.dataset.count = "";
      count.textContent = String(violations);
      if (violations === 0) count.className = "zero";
      count.setAttribute("aria-label", `${violations} policy ${violations === 1 ? "violation" : "violations"}`);
      parts.push(count);
    }
    for (const note of notes) {
      const el = doc.createElement("span");
      el.dataset.note = note.kind;
      el.textContent = note.kind === "language" ? NOTE_TEXT.language(note.language) : NOTE_TEXT["too-long"]();
      parts.push(el);
    }
    this.#badge.replaceChildren(...parts);
  }

  /**
   * Positions everything: rects[i] are finding i's visible line boxes, `field` the
   * field's visible area (null when it is not on screen).
   */
  place(rects: Rect[][], field: Rect | null): void {
    for (let i = 0; i < this.marks.length; i++) {
      const mark = this.marks[i];
      mark.rects = field ? (rects[i] ?? []) : [];
      drawMark(mark);
    }
    if (this.#badge) {
      this.#badge.hidden = !field;
      if (field) {
        this.#badge.style.left = `${field.left + field.width - 3}px`;
        this.#badge.style.top = `${field.top + field.height - 3}px`;
      }
    }
  }

  hit(x: number, y: number): Mark | null {
    for (const mark of this.marks) if (mark.rects.some((r) => contains(r, x, y))) return mark;
    return null;
  }

  hasContent(): boolean {
    return this.marks.length > 0 || this.#badge !== null;
  }

  remove(): void {
    for (const m of this.marks) m.el.remove();
    this.marks = [];
    this.#badge?.remove();
    this.#badge = null;
  }
}

/** A finding keeps its element while its rule, its words and which occurrence of them it is stay the same. */
function markKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.ruleId}\u0000${f.excerpt}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\u0000${n}`;
  });
}

function setData(el: HTMLElement, name: string, value: string): void {
  if (el.dataset[name] !== value) el.dataset[name] = value;
}

/** The mark element spans the union of its line boxes, which are drawn inside it. */
function drawMark(mark: Mark): void {
  const { el, rects } = mark;
  el.hidden = rects.length === 0;
  if (rects.length === 0) return;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.left + r.width);
    bottom = Math.max(bottom, r.top + r.height);
  }
  setBox(el, left, top, right - left, bottom - top);
  while (el.childElementCount > rects.length) el.lastElementChild!.remove();
  while (el.childElementCount < rects.length) {
    const box = el.ownerDocument.createElement("div");
    box.className = "box";
    el.append(box);
  }
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    setBox(el.children[i] as HTMLElement, r.left - left, r.top - top, r.width, r.height);
  }
}

function setBox(el: HTMLElement, left: number, top: number, width: number, height: number): void {
  const s = el.style;
  s.left = `${left}px`;
  s.top = `${top}px`;
  s.width = `${width}px`;
  s.height = `${height}px`;
}
