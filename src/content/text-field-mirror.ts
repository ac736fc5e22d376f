/**
 * Where characters of a textarea or input are drawn. Form fields expose no text
 * geometry, so a hidden copy of the field (a mirror, inside our own shadow root)
 * gets the field's full computed text style and the same text, and a Range over the
 * mirror's text node measures each span. Measuring happens when the text or the
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

/** Span rectangles relative to the field's padding box, unscrolled and untransformed. */
export type LocalRects = Rect[][];

export class TextFieldMirror {
  #box: HTMLDivElement;
  #textNode: Text;

  constructor(parent: Node) {
    const doc = parent.ownerDocument ?? (parent as Document);
    this.#box = doc.createElement("div");
    this.#box.className = "mirror";
    this.#box.setAttribute("aria-hidden", "true");
    this.#textNode = doc.createTextNode("");
    this.#box.append(this.#textNode);
    parent.appendChild(this.#box);
  }

  /** Lays the mirror out like the field and measures every span. */
  measure(field: TextInput, text: string, spans: ReadonlyArray<{ start: number; end: number }>): LocalRects {
    const cs = getComputedStyle(field);
    const style = this.#box.style;
    for (const name of COPIED) style.setProperty(name, cs.getPropertyValue(name));
    const isInput = field.localName === "input";
    const borderX = px(cs.borderLeftWidth) + px(cs.borderRightWidth);
    const padX = px(cs.paddingLeft) + px(cs.paddingRight);
    const padY = px(cs.paddingTop) + px(cs.paddingBottom);
    // clientWidth excludes a vertical scrollbar; the computed width keeps sub-pixels.
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borderX);
    const outer = px(cs.width) + (cs.boxSizing === "border-box" ? 0 : padX + borderX);
    style.width = `${Math.max(0, outer - borderX - padX - scrollbar)}px`;
    if (isInput) {
      // An input is one unwrapped line, centred in its content box.
      style.whiteSpace = "pre";
      style.lineHeight = `${Math.max(0, field.clientHeight - padY)}px`;
    } else {
      style.whiteSpace = cs.whiteSpace === "normal" ? "pre-wrap" : cs.whiteSpace;
    }
    if (this.#textNode.data !== text) this.#textNode.data = text;

    const origin = this.#box.getBoundingClientRect();
    const range = this.#box.ownerDocument.createRange();
    return spans.map(({ start, end }) => {
      const max = this.#textNode.length;
      range.setStart(this.#textNode, Math.min(start, max));
      range.setEnd(this.#textNode, Math.min(end, max));
      return visibleRects(range.getClientRects()).map((r) => ({
        left: r.left - origin.left,
        top: r.top - origin.top,
        width: r.width,
        height: r.height,
      }));
    });
  }

  remove(): void {
    this.#box.remove();
  }
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
