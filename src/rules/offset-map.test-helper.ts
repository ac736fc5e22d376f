/** Shared by the normalization tests: the offset map's invariants, asserted for one text. */
import { expect } from "vitest";
import { normalize } from "./normalize.ts";

export function expectMonotonicMap(text: string): void {
  const { text: norm, map } = normalize(text);
  expect(map.length).toBe(norm.length);
  const starts = Array.from({ length: norm.length }, (_, i) => map.start(i));
  const ends = Array.from({ length: norm.length }, (_, i) => map.end(i));
  for (let i = 0; i < norm.length; i++) {
    expect(starts[i]).toBeLessThan(ends[i]);
    expect(ends[i]).toBeLessThanOrEqual(text.length);
    if (i > 0) {
      expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]);
      expect(ends[i]).toBeGreaterThanOrEqual(ends[i - 1]);
    }
  }
}
