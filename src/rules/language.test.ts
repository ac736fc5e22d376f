import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.ts";

describe("detectLanguage", () => {
  it.each([
    ["en", "Thank you for your order. If you have any questions about the kettle, please reply to this message."],
    ["de", "Vielen Dank für Ihre Bestellung. Bitte schreiben Sie uns, wenn Sie Fragen zu dem Wasserkocher haben."],
    ["fr", "Merci pour votre commande. Nous sommes à votre disposition pour toute question sur la bouilloire."],
    ["es", "Gracias por su pedido. Si tiene alguna pregunta sobre el hervidor, por favor escríbanos."],
    ["it", "Grazie per il suo ordine. Per qualsiasi domanda sul bollitore, non esiti a contattarci con questo messaggio."],
    ["ja", "ご注文ありがとうございます。ご不明な点がございましたら、お気軽にお問い合わせください。"],
  ])("recognises %s", (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it("says which languages the catalog covers", () => {
    expect(detectLanguage("Vielen Dank für Ihre Bestellung. Bitte bewerten Sie uns, wenn Sie zufrieden sind.")).toEqual({
      lang: "de",
      name: "German",
      supported: false,
    });
    expect(detectLanguage("Thank you for your order, we hope you enjoy it and that it is what you wanted.").supported).toBe(true);
  });

  it("does not claim a language for very short text", () => {
    expect(detectLanguage("Hi!")).toEqual({ lang: "und", name: "Unknown", supported: true });
  });
});
