/** Rectangles in viewport CSS pixels, and the few operations the overlay needs. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right - left > 0.5 && bottom - top > 0.5 ? { left, top, width: right - left, height: bottom - top } : null;
}

export function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height;
}

/** Drops the empty rectangles Range.getClientRects reports at line ends. */
export function visibleRects(list: ArrayLike<DOMRectReadOnly>): Rect[] {
  const out: Rect[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    if (r.width > 0.5 && r.height > 0.5) out.push({ left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return out;
}
