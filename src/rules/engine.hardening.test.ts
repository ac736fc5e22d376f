/**
 * Hardening properties the engine's first property tests (engine.property.test.ts) leave out:
 * control characters, mixed scripts and bidi/joiner marks; texts of up to 1 MB (a few runs:
 * each check of 1 MB takes about half a second); and the normalization map sending every
 * normalized span back to exactly the original characters that produced it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkText } from "./engine.ts";
import { normalize, originalSpan } from "./normalize.ts";
import type { Finding } from "./types.ts";

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when offset i falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

/** Every property a finding's spans must have, for one text. */
function expectSoundFindings(text: string, findings: Finding[]): void {
  for (const f of findings) {
    for (const s of [f, ...(f.related ?? [])]) {
      expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThan(s.end);
      expect(s.excerpt).toBe(text.slice(s.start, s.end));
      expect(splitsPair(text, s.start) || splitsPair(text, s.end)).toBe(false);
    }
  }
}

const code = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCharCode(c));
const codePoint = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));

/** C0 and C1 controls, DEL, line and paragraph separators, NUL included. */
const control = fc.oneof(code(0x00, 0x1f), code(0x7f, 0x9f), fc.constantFrom("\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff"));
/** Marks that change how text shows but not what it says: bidi controls, joiners, variation selectors. */
const invisible = fc.constantFrom("\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u00ad", "\u2060", "\ufe0f", "\u034f", "\u180e");
/** Letters of many scripts, combining marks, astral letters and emoji (with ZWJ sequences and skin tones). */
const script = fc.oneof(
  code(0x41, 0x7a), // Latin
  code(0xc0, 0x24f), // Latin-1 and Extended
  code(0x300, 0x36f), // combining diacritics
  code(0x370, 0x3ff), // Greek
  code(0x400, 0x4ff), // Cyrillic
  code(0x590, 0x5ff), // Hebrew
  code(0x600, 0x6ff), // Arabic
  code(0x900, 0x97f), // Devanagari
  code(0xe00, 0xe7f), // Thai
  code(0x3040, 0x30ff), // Kana
  code(0x4e00, 0x4fff), // CJK
  code(0xac00, 0xad00), // Hangul
  code(0xff01, 0xff5e), // full width
  codePoint(0x1d400, 0x1d7ff), // mathematical alphanumerics (look-alikes)
  codePoint(0x1f300, 0x1faff), // emoji
  fc.constantFrom("👩\u200d💻", "👍🏽", "⭐️", "★", "☆", "1️⃣", "🇩🇪"),
);
const lone = fc.oneof(code(0xd800, 0xdbff), code(0xdc00, 0xdfff));
const policyWords = fc.constantFrom(
  "leave us a 5-star review",
  "please remove your review",
  "gift card for an honest review",
  "if you are not happy contact us first",
  "r.e.v.i.e.w",
  "f1ve st@rs",
  "⭐⭐⭐⭐⭐",
  "www.example.com",
  "help@example.com",
  "five",
  " ",
  "\n",
  ". ",
);

/** Hostile text: policy words amid controls, invisible marks, every script and lone surrogates. */
const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: policyWords }, { weight: 2, arbitrary: fc.string({ unit: script, maxLength: 8 }) }, { weight: 1, arbitrary: fc.string({ unit: control, maxLength: 4 }) }, { weight: 1, arbitrary: fc.string({ unit: invisible, maxLength: 4 }) }, { weight: 1, arbitrary: lone }), { maxLength: 40 })
  .map((parts) => parts.join(""));

describe("checkText on hostile text", () => {
  it("control characters, bidi and joiner marks, mixed scripts and lone surrogates: never throws, spans sound, deterministic", () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom("message" as const, "insert" as const), (text, channel) => {
        const findings = checkText(text, { channel });
        expectSoundFindings(text, findings);
        expect(checkText(text, { channel })).toEqual(findings);
      }),
      { numRuns: 400 },
    );
  });

  it("text of up to 1 MB: never throws, spans sound, deterministic", () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 20 }), fc.integer({ min: 200_000, max: 1_000_000 }), (seeds, size) => {
        // A long paste: the seeds repeated up to the size (a lone surrogate may end up cut in two: fine).
        const unit = seeds.join("\n") || "x";
        const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
        const findings = checkText(text, { channel: "message" });
        expectSoundFindings(text, findings);
        expect(checkText(text, { channel: "message" })).toEqual(findings);
      }),
      { numRuns: 3 },
    );
  }, 120_000);

  it("exactly 1 MB of arbitrary UTF-16 units never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 64 }), (seed) => {
        const text = seed.repeat(Math.ceil(1_000_000 / seed.length)).slice(0, 1_000_000);
        expectSoundFindings(text, checkText(text, { channel: "insert" }));
      }),
      { numRuns: 2 },
    );
  }, 120_000);
});

/**
 * Letters whose fold is known and one to one, written plainly, in upper case, full width or as
 * mathematical bold letters; only consonants, so no run of them forms a number word or "stars".
 */
const CONSONANTS = "bcdghjkmpqxz";
const foldable = fc.constantFrom(...CONSONANTS).chain((c) =>
  fc.constantFrom(
    { original: c, folded: c },
    { original: c.toUpperCase(), folded: c },
    { original: String.fromCharCode(0xff41 + (c.charCodeAt(0) - 0x61)), folded: c },
    { original: String.fromCodePoint(0x1d41a + (c.charCodeAt(0) - 0x61)), folded: c },
  ),
);
/** Words of at least two such letters, separated by one space (nothing for the joiner of spaced letters). */
const foldableText = fc.array(fc.array(foldable, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 12 });

describe("normalization map on any text", () => {
  it("every normalized span maps back inside the text, on character boundaries, covering each character's source", () => {
    fc.assert(
      fc.property(hostileText, fc.nat(), fc.nat(), (text, x, y) => {
        const norm = normalize(text);
        const n = norm.text.length;
        const a = n === 0 ? 0 : x % (n + 1);
        const b = n === 0 ? 0 : a + (y % (n - a + 1));
        const [s, e] = originalSpan(norm, a, b);
        expect(0 <= s && s <= e && e <= text.length).toBe(true);
        for (let i = a; i < b; i++) {
          expect(norm.map.start(i)).toBeGreaterThanOrEqual(s);
          expect(norm.map.end(i)).toBeLessThanOrEqual(e);
        }
        // A span that does not split a pair in the normalized text does not split one in the original.
        if (!splitsPair(norm.text, a) && !splitsPair(norm.text, b)) expect(splitsPair(text, s) || splitsPair(text, e)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("each normalized letter comes from exactly the original letter that produced it (case, full width, math letters)", () => {
    fc.assert(
      fc.property(foldableText, (words) => {
        const text = words.map((w) => w.map((l) => l.original).join("")).join(" ");
        const expected = words.map((w) => w.map((l) => l.folded).join("")).join(" ");
        const norm = normalize(text);
        expect(norm.text).toBe(expected);
        // Walk the original letters in order: normalized character i maps to letter i's UTF-16 range.
        const ranges: Array<[number, number]> = [];
        let at = 0;
        words.forEach((w, k) => {
          if (k > 0) {
            ranges.push([at, at + 1]);
            at += 1;
          }
          for (const l of w) {
            ranges.push([at, at + l.original.length]);
            at += l.original.length;
          }
        });
        expect(Array.from({ length: norm.text.length }, (_, i) => [norm.map.start(i), norm.map.end(i)])).toEqual(ranges);
        // And any span of whole words maps back to exactly those words.
        const first = norm.text.lastIndexOf(` ${expected.split(" ").at(-1)!}`) + 1;
        const [s, e] = originalSpan(norm, first, norm.text.length);
        expect(text.slice(s, e)).toBe(words.at(-1)!.map((l) => l.original).join(""));
      }),
      { numRuns: 300 },
    );
  });

  it("the map of a 1 MB text stays monotonic and inside the text", () => {
    fc.assert(
      fc.property(hostileText, (seed) => {
        const unit = seed || "a";
        const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
        const { text: norm, map } = normalize(text);
        expect(map.length).toBe(norm.length);
        let prevStart = 0;
        let prevEnd = 0;
        // Sampled: every 997th character, the last one, and their neighbours.
        for (let i = 0; i < norm.length; i += i % 997 === 0 ? 1 : 996) {
          const s = map.start(i);
          const e = map.end(i);
          expect(s < e && e <= text.length && s >= prevStart && e >= prevEnd).toBe(true);
          prevStart = s;
          prevEnd = e;
        }
      }),
      { numRuns: 3 },
    );
  }, 120_000);
});
