import { describe, expect, it } from "vitest";
import { PIECE_LENGTH, pieceStarts } from "./chunks.ts";
import { checkText } from "./engine.ts";

describe("pieceStarts", () => {
  it("keeps a text up to twice the piece length whole", () => {
    expect(pieceStarts("x".repeat(2 * PIECE_LENGTH))).toEqual([0]);
  });

  it("cuts after a paragraph break when there is one, pieces between one and two lengths", () => {
    const message = `${"Thanks for your order. ".repeat(30)}\n\n`;
    const text = message.repeat(Math.ceil((5 * PIECE_LENGTH) / message.length));
    const starts = pieceStarts(text);
    expect(starts.length).toBeGreaterThan(1);
    for (let i = 1; i < starts.length; i++) {
      expect(text.slice(starts[i] - 2, starts[i])).toBe("\n\n");
      expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(PIECE_LENGTH);
      expect(starts[i] - starts[i - 1]).toBeLessThanOrEqual(2 * PIECE_LENGTH);
    }
  });

  it("falls back to a space, and never splits a surrogate pair", () => {
    const words = "word ".repeat(PIECE_LENGTH);
    const wordStarts = pieceStarts(words);
    expect(wordStarts.length).toBeGreaterThan(2);
    expect(wordStarts.every((s) => s === 0 || /\s/.test(words[s - 1]))).toBe(true);
    const emoji = "😀".repeat(2 * PIECE_LENGTH + 1);
    const emojiStarts = pieceStarts(emoji);
    expect(emojiStarts.length).toBeGreaterThan(1);
    for (const s of emojiStarts) expect(emoji.codePointAt(s)).toBe(0x1f600);
  });
});

describe("checkText on a long text", () => {
  it("finds every violation of every piece at its own offset", () => {
    const message = "Hello, your order shipped today. Please leave us a 5-star review if you like it.\n\n";
    const filler = `${"We hope the blender serves you well for years to come. ".repeat(8)}\n\n`;
    const copies = Math.ceil((5 * PIECE_LENGTH) / (message + filler).length);
    const text = (message + filler).repeat(copies);
    expect(pieceStarts(text).length).toBeGreaterThan(2);
    const findings = checkText(text, { channel: "message" }).filter((f) => f.category === "positive-review-request");
    expect(findings).toHaveLength(copies);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    const single = checkText(message, { channel: "message" }).find((f) => f.category === "positive-review-request");
    expect(findings.map((f) => f.excerpt)).toEqual(Array(copies).fill(single?.excerpt));
  });
});
