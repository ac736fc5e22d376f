/**
 * Properties that must hold for any text a seller can paste: no throw, spans inside
 * the text on character boundaries, excerpts equal to their spans, deterministic
 * results, and a monotonic normalization map.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkText } from "./engine.ts";
import { expectMonotonicMap } from "./offset-map.test-helper.ts";

const SNIPPETS = [
  "please delete your review",
  "leave a 5-star review",
  "gift card",
  "if you love it",
  "contact us first",
  "r.e.v.i.e.w",
  "f1ve st@rs",
  "★★★★★",
  "5⭐",
  "helpful",
  "www.example.com",
  "\u200b",
  "\r\n",
  "\n\n",
  "😀",
  "\ud800",
  "five",
];

/** Text made of review-policy words, obfuscation and arbitrary Unicode, lone surrogates included. */
const sellerText = fc
  .array(fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: "binary", maxLength: 12 }), fc.string({ maxLength: 12 })), { maxLength: 30 })
  .map((parts) => parts.join(" "));

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));

describe("checkText on any text", () => {
  it("never throws, keeps spans inside the text and on character boundaries, excerpt === slice", () => {
    fc.assert(
      fc.property(sellerText, fc.constantFrom("message" as const, "insert" as const), (text, channel) => {
        const findings = checkText(text, { channel });
        for (const f of findings) {
          for (const s of [f, ...(f.related ?? [])]) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.start).toBeLessThan(s.end);
            expect(s.excerpt).toBe(text.slice(s.start, s.end));
            expect(splitsPair(text, s.start) || splitsPair(text, s.end)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(sellerText, (text) => {
        expect(checkText(text, { channel: "message" })).toEqual(checkText(text, { channel: "message" }));
      }),
      { numRuns: 100 },
    );
  });
});

describe("normalize on any text", () => {
  it("keeps the offset map monotonic and every character's source inside the text", () => {
    fc.assert(
      fc.property(sellerText, (text) => {
        expectMonotonicMap(text);
      }),
      { numRuns: 300 },
    );
  });
});
