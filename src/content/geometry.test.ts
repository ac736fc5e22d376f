import { describe, expect, it } from "vitest";
import { contains, intersect, visibleRects } from "./geometry.ts";

describe("geometry", () => {
  it("intersects rectangles and drops empty overlaps", () => {
    expect(intersect({ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 })).toEqual({
      left: 5,
      top: 5,
      width: 5,
      height: 5,
    });
    expect(intersect({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 5, height: 5 })).toBeNull();
  });

  it("hit-tests points and filters zero-width line-end rectangles", () => {
    expect(contains({ left: 0, top: 0, width: 10, height: 10 }, 10, 5)).toBe(true);
    expect(contains({ left: 0, top: 0, width: 10, height: 10 }, 11, 5)).toBe(false);
    const rects = [new DOMRectLike(0, 0, 0, 16), new DOMRectLike(3, 0, 40, 16)];
    expect(visibleRects(rects)).toEqual([{ left: 3, top: 0, width: 40, height: 16 }]);
  });
});

class DOMRectLike {
  constructor(
    readonly left: number,
    readonly top: number,
    readonly width: number,
    readonly height: number,
  ) {}
  get x() {
    return this.left;
  }
  get y() {
    return this.top;
  }
  get right() {
    return this.left + this.width;
  }
  get bottom() {
    return this.top + this.height;
  }
  toJSON() {
    return this;
  }
}
