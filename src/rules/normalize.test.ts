import { describe, expect, it } from "vitest";
import { normalize, originalSpan } from "./normalize.ts";
import { expectMonotonicMap } from "./offset-map.test-helper.ts";

/** The original characters behind the first occurrence of `needle` in the normalized text. */
function behind(text: string, needle: string): string {
  const norm = normalize(text);
  const at = norm.text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in "${norm.text}"`);
  const [s, e] = originalSpan(norm, at, at + needle.length);
  return text.slice(s, e);
}

describe("normalize", () => {
  it.each([
    ["NFKC and case folding", "ＲＥＶＩＥＷ Ⅴ", "review v"],
    ["zero-width, soft hyphen and bidi marks removed", "re\u200bvi\u00adew\u200e \u202ahon\u2060est\u202c", "review honest"],
    ["spaced letters joined", "r e v i e w it", "review it"],
    ["dotted letters joined", "the r.e.v.i.e.w now", "the review now"],
    ["spaced words stay apart", "5 - s t a r  r e v i e w", "5 - star review"],
    ["one separator throughout, so a neighbouring word stays", "A R-E-V-I-E-W, a f.r.e.e. gift", "a review, a free. gift"],
    ["digits inside dotted letters", "r.e.v.1.e.w", "review"],
    ["an article before spaced letters stays a word", "leave us a r e v i e w, I r a t i n g", "leave us a review, i rating"],
    ["a short spaced word after a letter word stays whole", "a m a z o n and i t e m", "amazon and item"],
    ["punctuation after a look-alike word", "vote h3lpful!! now", "vote helpful!! now"],
    ["look-alike digits and symbols inside words", "f1ve st@rs, h0nest r3view, kn0w", "5 stars, honest review, know"],
    ["emails keep their @", "mail jason@tooltimepro.com", "mail jason@tooltimepro.com"],
    ["star emoji with a number", "Rate us 5⭐ today", "rate us 5 stars today"],
    ["a run of star symbols", "Leave ★★★★★!", "leave 5 stars!"],
    ["empty stars are not counted", "★☆☆☆☆ to ★★★★★", "1 stars to 5 stars"],
    ["star emoji with a variation selector", "⭐️⭐️⭐️⭐️⭐️ rating", "5 stars rating"],
    ["number words as digits", "Five-star or one star", "5-star or 1 star"],
    ["a number word before stars", "FIVE ⭐ or five★", "5 stars or 5 stars"],
    ["typographic quotes and dashes", "we\u2019ll \u201cgreat\u201d \u2014 ok", "we'll \"great\" - ok"],
    ["Latin diacritics folded", "revíew crème", "review creme"],
    ["Cyrillic look-alikes beside Latin letters", "r\u0435view", "review"],
    ["Cyrillic words left alone", "\u041e\u0442\u0437\u044b\u0432", "\u043e\u0442\u0437\u044b\u0432"],
    ["runs of spaces and tabs collapsed, line breaks kept", "a  \t b\r\nc", "a b\nc"],
  ])("%s", (_, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it("maps normalized spans back to the characters that produced them", () => {
    expect(behind("Leave a 5⭐ review", "5 stars")).toBe("5⭐");
    expect(behind("Leave ★★★★★!", "5 stars")).toBe("★★★★★");
    expect(behind("the r.e.v.i.e.w now", "review")).toBe("r.e.v.i.e.w");
    expect(behind("leave a r e v i e w", "review")).toBe("r e v i e w");
    expect(behind("hon\u200best re\u200bview", "review")).toBe("re\u200bview");
    expect(behind("f1ve st@rs", "5 stars")).toBe("f1ve st@rs");
    expect(behind("ＲＥＶＩＥＷ", "review")).toBe("ＲＥＶＩＥＷ");
    expect(behind("Five-star", "5")).toBe("Five");
    expect(behind("a \u{1D42B}\u{1D41E}\u{1D42F}\u{1D422}\u{1D41E}\u{1D430} b", "review")).toBe("\u{1D42B}\u{1D41E}\u{1D42F}\u{1D422}\u{1D41E}\u{1D430}");
  });

  it("keeps the map monotonic and inside the original text", () => {
    const text = "Hi ⭐⭐⭐⭐⭐ r e v i e w\u200b f1ve ＳＴＡＲＳ\r\n\tcrème  brûlée 🙂 \u{1F600} five";
    expectMonotonicMap(text);
  });

  it("handles empty text and lone surrogates", () => {
    expect(normalize("").text).toBe("");
    expect(() => normalize("a\ud800b\udc00")).not.toThrow();
  });
});
