/**
 * The text of a contenteditable field, built from its text nodes, with a map from
 * every UTF-16 offset back to a (text node, offset) position. Block boundaries and
 * <br> become "\n" the way the field renders them (and as innerText reads simple
 * editors), so sentences split where the seller sees lines. Works over a minimal
 * tree interface so the mapping is tested without a DOM.
 */

export interface TextTree<N> {
  firstChild(node: N): N | null;
  nextSibling(node: N): N | null;
  /** The characters of a text node; null for any other node. */
  textOf(node: N): string | null;
  /** How an element affects the text: a line break, a block, inline, or not text at all. */
  kindOf(node: N): "br" | "block" | "inline" | "skip";
}

/** Where one text node's characters sit in the built text: [start, end). */
export interface TextSegment<N> {
  node: N;
  start: number;
  end: number;
}

export interface TextMap<N> {
  text: string;
  segments: TextSegment<N>[];
}

export interface TextPosition<N> {
  node: N;
  offset: number;
}

/** A whitespace-only text node holding a line break is source formatting between blocks, not text. */
const FORMATTING = /^[ \t\r\n]*\n[ \t\r\n]*$/;

export function buildTextMap<N>(root: N, tree: TextTree<N>): TextMap<N> {
  const segments: TextSegment<N>[] = [];
  let text = "";
  // A block boundary asks for one line break, written only before more text follows.
  let lineBreakDue = false;
  const flush = () => {
    if (lineBreakDue && text !== "" && !text.endsWith("\n")) text += "\n";
    lineBreakDue = false;
  };
  const walk = (node: N) => {
    for (let child = tree.firstChild(node); child !== null; child = tree.nextSibling(child)) {
      const data = tree.textOf(child);
      if (data !== null) {
        if (data === "" || FORMATTING.test(data)) continue;
        flush();
        segments.push({ node: child, start: text.length, end: text.length + data.length });
        text += data;
        continue;
      }
      const kind = tree.kindOf(child);
      if (kind === "skip") continue;
      if (kind === "br") {
        flush();
        text += "\n";
      } else if (kind === "block") {
        lineBreakDue = true;
        walk(child);
        lineBreakDue = true;
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return { text, segments };
}

/**
 * The text node position of an offset. Offsets on a boundary or in an inserted line
 * break resolve forward for the start of a span and backward for its end, so a range
 * never swallows a neighbouring node.
 */
export function positionAt<N>(map: TextMap<N>, offset: number, affinity: "start" | "end"): TextPosition<N> | null {
  const { segments } = map;
  if (segments.length === 0) return null;
  // First segment whose end is at or after the offset (binary search).
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  if (affinity === "start") {
    let i = lo;
    // On a boundary, start in the next node rather than at the end of this one.
    if (i < segments.length && segments[i].end === offset && i + 1 < segments.length) i++;
    if (i >= segments.length) {
      const last = segments[segments.length - 1];
      return { node: last.node, offset: last.end - last.start };
    }
    const s = segments[i];
    return { node: s.node, offset: Math.max(0, offset - s.start) };
  }
  if (lo < segments.length && segments[lo].start < offset) {
    return { node: segments[lo].node, offset: offset - segments[lo].start };
  }
  const prev = segments[Math.max(0, lo - 1)];
  if (prev.start >= offset) return { node: prev.node, offset: 0 };
  return { node: prev.node, offset: Math.min(offset, prev.end) - prev.start };
}

/** The text offset of a (text node, offset) position, or null when the node is not in the map. */
export function offsetOf<N>(map: TextMap<N>, node: N, nodeOffset: number): number | null {
  for (const s of map.segments) {
    if (s.node === node) return s.start + Math.min(Math.max(nodeOffset, 0), s.end - s.start);
  }
  return null;
}
