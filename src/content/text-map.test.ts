import { describe, expect, it } from "vitest";
import { buildTextMap, offsetOf, positionAt, type TextTree } from "./text-map.ts";

/** A tiny stand-in for DOM nodes: strings are text nodes, arrays are elements. */
type El = { tag: string; children: Node[] };
type Node = El | { data: string };

const el = (tag: string, ...children: (Node | string)[]): El => ({
  tag,
  children: children.map((c) => (typeof c === "string" ? { data: c } : c)),
});

const parents = new Map<Node, El>();
const tree: TextTree<Node> = {
  firstChild: (n) => {
    if (!("tag" in n)) return null;
    for (const c of n.children) parents.set(c, n);
    return n.children[0] ?? null;
  },
  nextSibling: (n) => {
    const p = parents.get(n);
    if (!p) return null;
    return p.children[p.children.indexOf(n) + 1] ?? null;
  },
  textOf: (n) => ("data" in n ? n.data : null),
  kindOf: (n) => {
    const tag = (n as El).tag;
    if (tag === "br") return "br";
    if (tag === "div" || tag === "p") return "block";
    if (tag === "script") return "skip";
    return "inline";
  },
};

describe("contenteditable text map", () => {
  it("joins inline text without separators", () => {
    const root = el("div", "Please ", el("b", "leave"), " a review");
    expect(buildTextMap(root, tree).text).toBe("Please leave a review");
  });

  it("writes one line break per block boundary and one per <br>", () => {
    // What Chrome produces for typing a, Enter, Enter, b.
    expect(buildTextMap(el("div", "a", el("div", el("br")), el("div", "b")), tree).text).toBe("a\n\nb");
    expect(buildTextMap(el("div", el("p", "a"), el("p", "b")), tree).text).toBe("a\nb");
    expect(buildTextMap(el("div", el("div", "a", el("br")), el("div", "b")), tree).text).toBe("a\nb");
    expect(buildTextMap(el("div", "a", el("br"), "b"), tree).text).toBe("a\nb");
  });

  it("ignores formatting whitespace between blocks and skipped elements", () => {
    const root = el("div", "\n  ", el("p", "one"), "\n  ", el("p", "two"), el("script", "x()"), "\n");
    expect(buildTextMap(root, tree).text).toBe("one\ntwo");
  });

  it("maps offsets back to text nodes, preferring the inside of a span", () => {
    const b = el("b", "leave");
    const root = el("div", "Please ", b, " a review");
    const map = buildTextMap(root, tree);
    const leave = b.children[0];
    // "leave" is [7, 12): the start resolves into the <b> text, not the end of "Please ".
    expect(positionAt(map, 7, "start")).toEqual({ node: leave, offset: 0 });
    expect(positionAt(map, 12, "end")).toEqual({ node: leave, offset: 5 });
    expect(positionAt(map, 3, "start")).toEqual({ node: root.children[0], offset: 3 });
    expect(positionAt(map, 21, "end")).toEqual({ node: root.children[2], offset: 9 });
    expect(offsetOf(map, leave, 2)).toBe(9);
    expect(offsetOf(map, { data: "other" }, 0)).toBeNull();
  });

  it("moves offsets inside inserted line breaks to the nearest text", () => {
    const root = el("div", el("p", "ab"), el("p", "cd"));
    const map = buildTextMap(root, tree);
    const [p1, p2] = root.children as El[];
    expect(map.text).toBe("ab\ncd");
    expect(positionAt(map, 3, "start")).toEqual({ node: p2.children[0], offset: 0 });
    expect(positionAt(map, 2, "end")).toEqual({ node: p1.children[0], offset: 2 });
    expect(positionAt(map, 3, "end")).toEqual({ node: p1.children[0], offset: 2 });
  });

  it("has no positions in an empty field", () => {
    expect(positionAt(buildTextMap(el("div"), tree), 0, "start")).toBeNull();
  });

  it("keeps every segment's text equal to its node's text", () => {
    const root = el("div", "x", el("p", "y", el("i", "z")), el("br"), "w");
    const map = buildTextMap(root, tree);
    for (const s of map.segments) expect(map.text.slice(s.start, s.end)).toBe((s.node as { data: string }).data);
  });
});
