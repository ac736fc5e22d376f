/**
 * Where characters of a textarea or input are drawn. Form fields expose no text
 * geometry, so a hidden copy of the field (a mirror, inside our own shadow root)
 * gets the field's full computed text style and the same text, and a Range over the
 * mirror's text measures each span. Measuring happens when the text or the
 * field's size changes; scrolling and moving only re-project the cached rectangles
 * (project()), so scroll handlers stay cheap.
 */
import type { TextInput } from "./field-discovery.ts";
import { intersect, type Rect, visibleRects } from "./geometry.ts";

/**
 * Every property that changes where text wraps or how wide glyphs are: the list of
 * component/textarea-caret-position, plus the font and wrapping properties newer
 * CSS added. Width, height, borders and white-space are set from the field below.
 */
const COPIED = (
  "direction writing-mode unicode-bidi padding-top padding-right padding-bottom padding-left " +
  "font-style font-variant font-weight font-stretch font-size font-size-adjust line-height font-family " +
  "font-kerning font-feature-settings font-variation-settings font-variant-ligatures font-variant-numeric " +
  "font-variant-caps font-variant-east-asian font-optical-sizing font-synthesis text-rendering " +
  "text-align text-transform text-indent text-decoration letter-spacing word-spacing tab-size " +
  "word-break overflow-wrap hyphens line-break text-wrap-mode text-wrap-style white-space-collapse " +
  "text-spacing-trim text-autospace -webkit-locale"
).split(" ");

const px = (value: string) => Number.parseFloat(value) || 0;

/** A field's text style and box as the mirror copies them (TextFieldMirror.styleOf). */
export interface FieldStyle {
  values: string[];
  isInput: boolean;
  width: string;
  whiteSpace: string;
  lineHeight: string | null;
}

/** Span rectangles relative to the field's padding box, unscrolled and untransformed. */
export type LocalRects = Rect[][];

/**
 * The mirror holds one block per line of the text. Typing changes one line, and
 * only that block is laid out again: a single text node would make the browser
 * lay out the whole draft on every keystroke (a 5,000-character draft: most of
 * the content script's time per key).
 */
export class TextFieldMirror {
  #box: HTMLDivElement;
  #lines: string[] = [];
  #blocks: HTMLDivElement[] = [];
  /** The block holding the first line: the only one indented by the field's text-indent. */
  #first: HTMLDivElement | null = null;
  /** The style values last copied, so an unchanged field costs no style recalculation. */
  #copied = new Map<string, string>();

  constructor(parent: Node) {
    const doc = parent.ownerDocument ?? (parent as Document);
    this.#box = doc.createElement("div");
    this.#box.className = "mirror";
    this.#box.setAttribute("aria-hidden", "true");
    parent.appendChild(this.#box);
  }

  #set(name: string, value: string): void {
    if (this.#copied.get(name) === value) return;
    this.#copied.set(name, value);
    this.#box.style.setProperty(name, value);
  }

  /** Replaces only the blocks of the lines that changed. */
  #setText(text: string): void {
    const lines = text.split("\n");
    const old = this.#lines;
    let head = 0;
    while (head < lines.length && head < old.length && lines[head] === old[head]) head++;
    let tail = 0;
    while (tail < lines.length - head && tail < old.length - head && lines[lines.length - 1 - tail] === old[old.length - 1 - tail]) tail++;
    const doc = this.#box.ownerDocument;
    const fresh = lines.slice(head, lines.length - tail).map((line) => {
      const block = doc.createElement("div");
      // An empty line still has a line's height, as in the field.
      block.textContent = line === "" ? "\u200b" : line;
      return block;
    });
    const removed = this.#blocks.splice(head, old.length - head - tail, ...fresh);
    for (const block of removed) block.remove();
    const before = this.#blocks[head + fresh.length] ?? null;
    for (const block of fresh) this.#box.insertBefore(block, before);
    // The field's text-indent indents its first line only. A class, not a sibling selector:
    // with div+div, every block after a changed one had its style recalculated per keystroke.
    const first = this.#blocks[0] ?? null;
    if (first !== this.#first) {
      this.#first?.classList.remove("first");
      first?.classList.add("first");
      this.#first = first;
    }
    this.#lines = lines;
  }

  /** Lays the mirror out like the field and measures every span. */
  measure(field: TextInput, text: string, spans: ReadonlyArray<{ start: number; end: number }>): LocalRects {
    this.sync(field, text);
    return this.read(spans);
  }

  /**
   * What the mirror copies from a field: its text style and box (reads only). A page
   * with many fields reads every field's style first, then syncs every mirror, then
   * reads them all: the browser recalculates style and layout once, not once a field.
   */
  static styleOf(field: TextInput): FieldStyle {
    const cs = getComputedStyle(field);
    const values = COPIED.map((name) => cs.getPropertyValue(name));
    const isInput = field.localName === "input";
    const borderX = px(cs.borderLeftWidth) + px(cs.borderRightWidth);
    const padX = px(cs.paddingLeft) + px(cs.paddingRight);
    const padY = px(cs.paddingTop) + px(cs.paddingBottom);
    // clientWidth excludes a vertical scrollbar; the computed width keeps sub-pixels.
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borderX);
    const outer = px(cs.width) + (cs.boxSizing === "border-box" ? 0 : padX + borderX);
    return {
      values,
      isInput,
      width: `${Math.max(0, outer - borderX - padX - scrollbar)}px`,
      // An input is one unwrapped line, centred in its content box.
      whiteSpace: isInput ? "pre" : cs.whiteSpace === "normal" ? "pre-wrap" : cs.whiteSpace,
      lineHeight: isInput ? `${Math.max(0, field.clientHeight - padY)}px` : null,
    };
  }

  /** The writing half of measure(): a field's style (styleOf) and text into the mirror. */
  sync(field: TextInput, text: string, style: FieldStyle = TextFieldMirror.styleOf(field)): void {
    for (let i = 0; i < COPIED.length; i++) this.#set(COPIED[i], style.values[i]);
    this.#set("width", style.width);
    this.#set("white-space", style.whiteSpace);
    if (style.lineHeight !== null) this.#set("line-height", style.lineHeight);
    this.#setText(style.isInput ? text.replace(/\n/g, " ") : text);
  }

  /** The reading half of measure(): each span's rectangles in the synced mirror. */
  read(spans: ReadonlyArray<{ start: number; end: number }>): LocalRects {
    const origin = this.#box.getBoundingClientRect();
    const range = this.#box.ownerDocument.createRange();
    const lineStarts: number[] = [];
    for (let i = 0, at = 0; i < this.#lines.length; at += this.#lines[i].length + 1, i++) lineStarts.push(at);
    return spans.map(({ start, end }) => {
      const rects: Rect[] = [];
      // A span over several lines is measured line by line (a range over whole blocks would add their boxes).
      for (let i = lineOf(lineStarts, start); i < this.#lines.length && lineStarts[i] < Math.max(end, start + 1); i++) {
        const node = this.#blocks[i].firstChild as Text | null;
        if (!node || this.#lines[i] === "") continue;
        const from = Math.max(0, start - lineStarts[i]);
        const to = Math.min(this.#lines[i].length, end - lineStarts[i]);
        if (to <= from) continue;
        range.setStart(node, from);
        range.setEnd(node, to);
        for (const r of visibleRects(range.getClientRects())) {
          rects.push({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height });
        }
      }
      return rects;
    });
  }

  remove(): void {
    this.#box.remove();
  }
}

/** The line holding offset `at`: the last line start at or before it. */
function lineOf(lineStarts: readonly number[], at: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The field's visible padding box and a projection from field-local to viewport pixels. */
export interface FieldFrame {
  clip: Rect;
  project(local: Rect): Rect;
}

/**
 * Projects through the field's scroll offsets and any translate/scale transform
 * (the ratio of its on-screen size to its layout size).
 */
export function textFieldFrame(field: TextInput): FieldFrame {
  const box = field.getBoundingClientRect();
  const sx = field.offsetWidth > 0 ? box.width / field.offsetWidth : 1;
  const sy = field.offsetHeight > 0 ? box.height / field.offsetHeight : 1;
  const originX = box.left + field.clientLeft * sx;
  const originY = box.top + field.clientTop * sy;
  const { scrollLeft, scrollTop } = field;
  return {
    clip: { left: originX, top: originY, width: field.clientWidth * sx, height: field.clientHeight * sy },
    project: (r) => ({
      left: originX + (r.left - scrollLeft) * sx,
      top: originY + (r.top - scrollTop) * sy,
      width: r.width * sx,
      height: r.height * sy,
    }),
  };
}

/** Viewport rectangles of each span, clipped to what the field shows. */
export function projectRects(frame: FieldFrame, local: LocalRects): Rect[][] {
  return local.map((rects) => {
    const out: Rect[] = [];
    for (const r of rects) {
      const visible = intersect(frame.project(r), frame.clip);
      if (visible) out.push(visible);
    }
    return out;
  });
}
