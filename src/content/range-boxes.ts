/**
 * Where the text of a contenteditable field is drawn: its text nodes mapped to
 * offsets (text-map.ts), and Range client rectangles over them. Ranges report
 * viewport positions with scrolling and transforms already applied.
 */
import { visibleRects, type Rect } from "./geometry.ts";
import { buildTextMap, positionAt, type TextMap, type TextTree } from "./text-map.ts";

const BLOCKS = new Set(
  "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul".split(
    " ",
  ),
);
const SKIPPED = new Set("script style template noscript head title".split(" "));

const domTree: TextTree<Node> = {
  firstChild: (node) => node.firstChild,
  nextSibling: (node) => node.nextSibling,
  textOf: (node) => (node.nodeType === Node.TEXT_NODE ? (node as Text).data : null),
  kindOf: (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return "skip";
    const el = node as Element;
    const name = el.localName;
    if (name === "br") return "br";
    if (SKIPPED.has(name) || (el as HTMLElement).hidden) return "skip";
    return BLOCKS.has(name) ? "block" : "inline";
  },
};

export function editableText(root: HTMLElement): TextMap<Node> {
  return buildTextMap<Node>(root, domTree);
}

/** A DOM Range over [start, end) of the field's text, or null when it has no text there. */
export function rangeOf(map: TextMap<Node>, start: number, end: number, doc: Document): Range | null {
  const from = positionAt(map, start, "start");
  const to = positionAt(map, end, "end");
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

export function rangeRects(range: Range): Rect[] {
  return visibleRects(range.getClientRects());
}
